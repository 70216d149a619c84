# Warnings are errors in our own code; third-party headers are included as SYSTEM and stay quiet.
add_library(brochure_warnings INTERFACE)
target_compile_options(brochure_warnings INTERFACE -Wall -Wextra -Werror)

if(BROCHURE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# brochure_component(NAME SOURCES... [LIBS ...]): one static library per stage, with our warnings.
function(brochure_component name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/pipeline)
  target_link_libraries(${name} PUBLIC ${ARG_LIBS} PRIVATE brochure_warnings)
endfunction()
