#include "process.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <stdlib.h>

using brochure::testing::runProcess;

namespace {

// Poco's Application::EXIT_* values: the contract CI scripts rely on.
constexpr int exitOk = 0, exitUsage = 64, exitConfig = 78;

brochure::testing::ProcessResult runBrochure(std::vector<std::string> args) {
    args.insert(args.begin(), BROCHURE_EXE);
    return runProcess(args, BROCHURE_SOURCE_DIR);
}

}  // namespace

TEST_CASE("the help option lists the commands and every option") {
    auto r = runBrochure({"--help"});
    CHECK(r.exitCode == exitOk);
    for (const char* word : {"check", "ingest", "build", "--define", "--year", "--country", "--jobs",
                             "--werror", "--require-fresh", "--diagnostics", "brochure.properties"})
        CHECK(r.out.find(word) != std::string::npos);
}

TEST_CASE("the version option prints the program's version") {
    auto r = runBrochure({"--version"});
    CHECK(r.exitCode == exitOk);
    CHECK(r.out.rfind("brochure ", 0) == 0);
}

TEST_CASE("usage mistakes exit with EXIT_USAGE and say what is wrong") {
    SECTION("no command") {
        auto r = runBrochure({});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("missing command") != std::string::npos);
    }
    SECTION("unknown command") {
        auto r = runBrochure({"publish"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("unknown command 'publish'") != std::string::npos);
    }
    SECTION("unknown option") {
        auto r = runBrochure({"--colour", "check"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("colour") != std::string::npos);
    }
    SECTION("-D without '='") {
        auto r = runBrochure({"-D", "paths.out", "check"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("KEY=VALUE") != std::string::npos);
    }
    SECTION("a year that is not a number") {
        auto r = runBrochure({"--year", "twenty", "build"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("--year") != std::string::npos);
    }
    SECTION("an unknown diagnostics format") {
        auto r = runBrochure({"--diagnostics=xml", "check"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("text, json or github") != std::string::npos);
    }
}

TEST_CASE("configuration problems exit with EXIT_CONFIG naming the file or key") {
    SECTION("a missing configuration file") {
        auto r = runBrochure({"--config", "no-such.properties", "check"});
        CHECK(r.exitCode == exitConfig);
        CHECK(r.err.find("no-such.properties") != std::string::npos);
    }
    SECTION("-D overrides a key of brochure.properties, and a bad value names the key") {
        auto r = runBrochure({"-D", "build.year=next", "check"});
        CHECK(r.exitCode == exitConfig);
        CHECK(r.err.find("build.year") != std::string::npos);
        CHECK(r.err.find("'next'") != std::string::npos);
    }
}

TEST_CASE("from a subfolder of the project, the project's brochure.properties is found") {
    auto r = runProcess({BROCHURE_EXE, "--quiet", "check"}, BROCHURE_SOURCE_DIR "/docs/man");
    INFO(r.err);
    CHECK(r.exitCode == exitOk);
    CHECK(r.err.find("data/2025/") != std::string::npos);  // the project's data, named from the project
}

TEST_CASE("outside any project, the current folder is the project and its missing data is said") {
    // Not under the build folder: that is inside the source tree, a project.
    char folder[] = "/tmp/brochure-no-project-XXXXXX";
    REQUIRE(::mkdtemp(folder) != nullptr);
    auto r = runProcess({BROCHURE_EXE, "check"}, folder);
    CHECK(r.exitCode == 65);  // EXIT_DATAERR
    CHECK(r.err.find("data") != std::string::npos);
    CHECK(std::filesystem::is_empty(folder));  // check writes nothing
    std::filesystem::remove_all(folder);
}
