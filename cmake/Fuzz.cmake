# BROCHURE_FUZZ: libFuzzer targets (tests/fuzz) for the readers and decoders. clang only; the whole
# project is then compiled with coverage instrumentation and ASan+UBSan so the fuzzers see into
# our code. Use a build folder of its own: tests/fuzz/run configures build-fuzz.
option(BROCHURE_FUZZ "Build the libFuzzer targets (clang only)" OFF)

if(BROCHURE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BROCHURE_FUZZ needs clang (cmake -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  # g++ builds hold the warnings line; clang's extra warnings are not the fuzzers' business.
  set_property(TARGET brochure_warnings PROPERTY INTERFACE_COMPILE_OPTIONS -Wall -Wextra)
endif()
