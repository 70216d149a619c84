// Replays every input kept in tests/fuzz/regressions/<target>/ (crashes the fuzzers found, each
// fixed) and the hand-written seeds of tests/fuzz/seeds/<target>/ through the same entry points
// the fuzzers drive. Built with the project's normal compiler, so g++ and the sanitizer build run
// them too.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "targets.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsOf(const std::string& folder, const std::string& target) {
    std::vector<fs::path> files;
    fs::path dir = fs::path(BROCHURE_SOURCE_DIR) / "tests/fuzz" / folder / target;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("every input a fuzzer once crashed on now gives a diagnostic or a result", "[fuzz]") {
    std::size_t replayed = 0;
    for (const auto& target : brochure::fuzz::allTargets()) {
        for (const char* folder : {"regressions", "seeds"}) {
            for (const auto& file : inputsOf(folder, target.name)) {
                INFO(target.name << ": " << file.string());
                CHECK(target.run(contents(file)) == "");
                ++replayed;
            }
        }
    }
    CHECK(replayed > 0);
}

TEST_CASE("the fuzz targets accept the project's own inputs without a finding", "[fuzz]") {
    // The seed corpora of tests/fuzz/run: what each fuzzer starts from must itself be clean.
    const fs::path root(BROCHURE_SOURCE_DIR);
    auto run = [](const char* name, const fs::path& file) {
        for (const auto& target : brochure::fuzz::allTargets())
            if (std::string(target.name) == name) return target.run(contents(file));
        return std::string("no target ") + name;
    };
    for (const auto& entry : fs::directory_iterator(root / "data/2025")) {
        INFO(entry.path().string());
        CHECK(run("export_reader", entry.path()) == "");
    }
    for (const auto& entry : fs::directory_iterator(root / "layouts")) {
        INFO(entry.path().string());
        CHECK(run("layout_reader", entry.path()) == "");
    }
    for (const auto& entry : fs::directory_iterator(root / "data/images")) {
        INFO(entry.path().string());
        auto ext = entry.path().extension();
        if (ext == ".png") CHECK(run("png_loader", entry.path()) == "");
        if (ext == ".jpg") CHECK(run("jpeg_loader", entry.path()) == "");
    }
}
