#pragma once
// The fuzz targets: each feeds one input to one of the pipeline's entry points that read
// untrusted bytes, and checks what a user would notice beyond "no crash" (for example that every
// diagnostic points inside the input). A target returns "" when all is well, else what is wrong.
//
// libFuzzer drives them through fuzz_main.cpp (clang, -DBROCHURE_FUZZ=ON, tests/fuzz/run); the
// normal test suite replays every input kept in tests/fuzz/regressions/<target>/ through the
// same functions (regression_test.cpp), with whatever compiler builds the project.

#include <string>
#include <string_view>
#include <vector>

namespace brochure::fuzz {

std::string exportReader(std::string_view input);   // ingest: one data export
std::string layoutReader(std::string_view input);   // layoutdef: one layout file
std::string pngLoader(std::string_view input);      // image: the PNG decoder
std::string jpegLoader(std::string_view input);     // image: the JPEG decoder
std::string typesetText(std::string_view input);    // typeset: shaping, line breaking, tables, pages
std::string conservation(std::string_view input);   // the whole pipeline: nothing lost on the page (issue 14)

struct Target {
    const char* name;  // also the folder of its regression inputs and seed corpus
    std::string (*run)(std::string_view input);
};

// Every target, by name: export_reader, layout_reader, png_loader, jpeg_loader, typeset, conservation.
const std::vector<Target>& allTargets();

}  // namespace brochure::fuzz
