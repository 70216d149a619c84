# Warnings are errors in our own code; third-party headers are included as SYSTEM and stay quiet.
# BROCHURE_WERROR is on in a git checkout (our builds and CI) and off in a source tarball, so a
# distribution's newer compiler with new warnings still builds the release it packages;
# -DBROCHURE_WERROR=ON/OFF chooses either way.
if(EXISTS "${PROJECT_SOURCE_DIR}/.git")
  set(werror_default ON)
else()
  set(werror_default OFF)
endif()
option(BROCHURE_WERROR "Treat compiler warnings in the project's own code as errors" ${werror_default})

add_library(brochure_warnings INTERFACE)
target_compile_options(brochure_warnings INTERFACE -Wall -Wextra $<$<BOOL:${BROCHURE_WERROR}>:-Werror>)
# GCC 12's -Wrestrict reports overlapping memcpy inside libstdc++'s own std::string code when it
# inlines at -O3 (GCC bug 105651, fixed in GCC 13): a Release build failed in 7 files on
# `a + b` of two strings. The warning says nothing about our code there, so it is off for GCC 12
# only; later compilers keep it.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(brochure_warnings INTERFACE -Wno-restrict)
endif()

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
