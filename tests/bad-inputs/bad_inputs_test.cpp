// Runs every case of tests/bad-inputs/ (see its README.md) through the real program and checks
// the diagnostics it must print, its exit code, and that it ended normally, not by a signal.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <sys/stat.h>
#include <iostream>
#include <sstream>

#include "project_copy.h"

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kCases = fs::path(BROCHURE_SOURCE_DIR) / "tests/bad-inputs";

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// "{{repeat N TEXT}}" -> TEXT N times.
std::string expand(std::string text) {
    const std::string open = "{{repeat ";
    for (auto at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
        auto end = text.find("}}", at);
        REQUIRE(end != std::string::npos);
        std::string spec = text.substr(at + open.size(), end - at - open.size());
        auto space = spec.find(' ');
        std::size_t count = std::stoul(spec.substr(0, space));
        std::string unit = spec.substr(space + 1), repeated;
        repeated.reserve(unit.size() * count);
        for (std::size_t i = 0; i < count; ++i) repeated += unit;
        text.replace(at, end + 2 - at, repeated);
        at += repeated.size();
    }
    return text;
}

// Lays the case's files/ over the project copy.
void overlay(const fs::path& files, const std::string& dir) {
    if (!fs::is_directory(files)) return;
    if (fs::is_directory(files / "fonts")) fs::copy(fs::path(BROCHURE_SOURCE_DIR) / "fonts", dir + "/fonts");
    for (const auto& entry : fs::recursive_directory_iterator(files)) {
        if (!entry.is_regular_file()) continue;
        fs::path relative = fs::relative(entry.path(), files);
        fs::path target = fs::path(dir) / relative;
        fs::create_directories(target.parent_path());
        std::string name = relative.filename().string();
        std::string bytes = readFile(entry.path().string());
        if (name == "DELETE") {
            for (const auto& path : lines(bytes)) fs::remove_all(fs::path(dir) / path);
        } else if (relative.extension() == ".symlink") {
            target.replace_extension();
            fs::remove(target);
            fs::create_symlink(lines(bytes).at(0), target);
        } else if (relative.extension() == ".fifo") {
            target.replace_extension();
            fs::remove(target);
            REQUIRE(::mkfifo(target.c_str(), 0644) == 0);
        } else if (relative.extension() == ".in") {
            target.replace_extension();
            writeFile(target.string(), expand(bytes));
        } else {
            fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing);
        }
    }
}

}  // namespace

TEST_CASE("every bad input gets its diagnostic and an exit code, never a crash", "[bad-inputs]") {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(kCases))
        if (entry.is_directory()) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 20);

    for (const auto& folder : cases) {
        const std::string name = folder.filename().string();
        DYNAMIC_SECTION(name) {
            ProjectCopy project("bad-" + name);
            overlay(folder / "files", project.dir());
            std::vector<std::string> args;
            for (auto arg : lines(readFile((folder / "args").string()))) {
                replaceAll(arg, "{dir}", project.dir());
                args.push_back(arg);
            }
            if (fs::is_directory(project.dir() + "/fonts")) args.insert(args.begin(), {"-D", "paths.fonts=" + project.dir() + "/fonts"});
            auto expected = lines(readFile((folder / "expected").string()));
            REQUIRE(expected.size() >= 1);
            REQUIRE(expected[0].rfind("exit ", 0) == 0);
            const int exitCode = std::stoi(expected[0].substr(5));

            auto result = project.run(args);
            // The program prints paths relative to its working folder (the source tree) when it can.
            std::string err = result.err;
            replaceAll(err, project.dir() + "/", "");
            replaceAll(err, fs::relative(project.dir(), BROCHURE_SOURCE_DIR).string() + "/", "");
            // To write a new case's expected file: BROCHURE_SHOW_OUTPUT=1 prints what the program said.
            if (std::getenv("BROCHURE_SHOW_OUTPUT"))
                std::cout << "==== " << name << ": exit " << result.exitCode << " signal " << result.signal << "\n"
                          << err;
            INFO("stderr:\n" << err);
            CHECK(result.signal == 0);
            CHECK(result.exitCode == exitCode);
            for (std::size_t i = 1; i < expected.size(); ++i) {
                const std::string& line = expected[i];
                if (line == "no-output") CHECK(pdfFiles(project.out()).empty());
                else if (line[0] == '!') CHECK(err.find(line.substr(1)) == std::string::npos);
                else CHECK(err.find(line) != std::string::npos);
            }
        }
    }
}
