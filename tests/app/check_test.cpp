#include "project_copy.h"

#include <catch2/catch.hpp>

using namespace brochure::testing;

namespace {
constexpr int exitOk = 0, exitDataErr = 65;
}

TEST_CASE("check accepts the 2025 data and shows the source's known inconsistencies as accepted notes") {
    ProjectCopy project("check-good");
    auto r = project.run({"check"});
    CHECK(r.exitCode == exitOk);
    CHECK(r.err.find("lgotp-participants.xml:") != std::string::npos);
    // Accepted in brochure.properties (diagnostics.accept): still shown, as notes.
    CHECK(r.err.find("note[D302]") != std::string::npos);  // LGOTP 260 vs 261
    CHECK(r.err.find("note[D300]") != std::string::npos);  // the travel fair listed twice
    CHECK(r.err.find("(accepted: diagnostics.accept = D300@data/2025/travel-fairs.xml:11)") != std::string::npos);
    CHECK(r.err.find("error") == std::string::npos);
    CHECK(r.out.find("14 documents") != std::string::npos);  // the brochure (screen and print), 12 handouts
    CHECK(pdfFiles(project.out()).empty());  // check writes nothing

    SECTION("the shipped project passes --werror, check and build alike") {
        CHECK(project.run({"--werror", "check"}).exitCode == exitOk);
        auto build = project.run({"--werror", "--quiet", "build"});
        INFO(build.err);
        CHECK(build.exitCode == exitOk);
        CHECK(build.err.find("note[R210]") != std::string::npos);  // the placeholder photos, accepted
    }
    SECTION("a new warning of an accepted kind still fails --werror") {
        project.edit("data/2025/travel-fairs.xml", "</export>",
                     "  <row fiscal-year=\"2024\" fair=\"Japan Travel Fair 2024\" country=\"Indonesia\" city=\"Jakarta\" "
                     "month=\"August\"/>\n</export>");
        auto again = project.run({"--werror", "check"});
        CHECK(again.exitCode == exitDataErr);
        CHECK(again.err.find("warning[D300]") != std::string::npos);
    }
    SECTION("without the list the warnings are warnings") {
        auto plain = project.run({"-D", "diagnostics.accept=", "--werror", "check"});
        CHECK(plain.exitCode == exitDataErr);
        CHECK(plain.err.find("warning[D302]") != std::string::npos);
    }
    SECTION("an entry that is not CODE, CODE@FILE or CODE@FILE:LINE is a configuration error") {
        auto bad = project.run({"-D", "diagnostics.accept=travel-fairs", "check"});
        CHECK(bad.exitCode == 78);
        CHECK(bad.err.find("'diagnostics.accept'") != std::string::npos);
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
