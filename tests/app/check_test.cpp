#include "project_copy.h"

#include <catch2/catch.hpp>

using namespace brochure::testing;

namespace {
constexpr int exitOk = 0, exitDataErr = 65;
}

TEST_CASE("check accepts the 2025 data and reports the source's known inconsistencies as warnings") {
    ProjectCopy project("check-good");
    auto r = project.run({"check"});
    CHECK(r.exitCode == exitOk);
    CHECK(r.err.find("lgotp-participants.xml:") != std::string::npos);
    CHECK(r.err.find("warning[D302]") != std::string::npos);  // LGOTP 260 vs 261
    CHECK(r.err.find("warning[D300]") != std::string::npos);  // the travel fair listed twice
    CHECK(r.err.find("error") == std::string::npos);
    CHECK(r.out.find("14 documents") != std::string::npos);  // the brochure (screen and print), 12 handouts
    CHECK(pdfFiles(project.out()).empty());  // check writes nothing

    SECTION("with --werror the warnings fail the run") {
        CHECK(project.run({"--werror", "check"}).exitCode == exitDataErr);
    }
}

TEST_CASE("check reports a bad value at its file, line and column, in every diagnostics format") {
    ProjectCopy project("check-bad");
    project.edit("data/2025/jet-participants.xml", "cir=\"28\"", "cir=\"2a8\"");

    SECTION("compiler style") {
        auto r = project.run({"check"});
        CHECK(r.exitCode == exitDataErr);
        CHECK(r.err.find("2025/jet-participants.xml:") != std::string::npos);
        CHECK(r.err.find(": error[") != std::string::npos);
        CHECK(r.err.find("2a8") != std::string::npos);
    }
    SECTION("JSON Lines") {
        auto r = project.run({"--diagnostics=json", "check"});
        CHECK(r.exitCode == exitDataErr);
        auto line = r.out.substr(r.out.find("{\"severity\":\"error\""));  // stdout: `> file` takes it
        line = line.substr(0, line.find('\n'));
        for (const char* key : {"\"code\":\"D", "\"file\":\"", "jet-participants.xml\"", "\"line\":", "\"column\":",
                                "\"message\":\"", "\"hint\":"})
            CHECK(line.find(key) != std::string::npos);
        CHECK(line.find("\"line\":0") == std::string::npos);
    }
    SECTION("GitHub Actions workflow commands") {
        auto r = project.run({"--diagnostics=github", "check"});
        CHECK(r.exitCode == exitDataErr);
        auto at = r.out.find("::error file=");  // stdout, where the runner reads workflow commands
        REQUIRE(at != std::string::npos);
        auto line = r.out.substr(at, r.out.find('\n', at) - at);
        CHECK(line.find("jet-participants.xml,line=") != std::string::npos);
        CHECK(line.find(",col=") != std::string::npos);
        CHECK(line.find("title=D") != std::string::npos);
    }
}

TEST_CASE("check resolves every query: a layout naming an unknown column fails before any PDF") {
    ProjectCopy project("check-layout");
    project.edit("layouts/brochure.xml", "<column field=\"cir\"", "<column field=\"cri\"");
    auto r = project.run({"check"});
    CHECK(r.exitCode == exitDataErr);
    CHECK(r.err.find("layouts/brochure.xml:") != std::string::npos);
    CHECK(r.err.find("'cri'") != std::string::npos);
    CHECK(r.err.find("'cir'") != std::string::npos);  // the hint names the column meant
}
