// The manners a team expects of a command-line tool in CI and at the desk: a misspelt setting is
// an error, not silently ignored; the run says which project it uses; machine-readable
// diagnostics go where `| tee` and `>` capture them; no escape sequences where they do not
// belong; a new SOURCE_DATE_EPOCH alone rebuilds nothing.
#include "project_copy.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitUsage = 64, exitConfig = 78;

ProcessResult runIn(const std::string& folder, std::vector<std::string> args,
                    const std::map<std::string, std::string>& env = {}) {
    args.insert(args.begin(), BROCHURE_EXE);
    return runProcess(args, folder, env);
}

// A project of its own (settings file and all), so its brochure.properties can be edited.
struct OwnProject {
    TempDir dir{"own-project"};
    OwnProject() {
        for (const char* folder : {"data", "layouts", "fonts"})
            fs::copy(std::string(BROCHURE_SOURCE_DIR) + "/" + folder, dir.file(folder), fs::copy_options::recursive);
        fs::copy_file(std::string(BROCHURE_SOURCE_DIR) + "/brochure.properties", dir.file("brochure.properties"));
    }
};

}  // namespace

TEST_CASE("a misspelt or unknown setting is an error with the closest known key as hint") {
    SECTION("in brochure.properties, located at its line") {
        OwnProject project;
        std::string settings = readFile(project.dir.file("brochure.properties"));
        int line = static_cast<int>(std::count(settings.begin(), settings.end(), '\n')) + 1;
        writeFile(project.dir.file("brochure.properties"), settings + "print.blead = 5mm\n");
        auto r = runIn(project.dir.path(), {"check"});
        CHECK(r.exitCode == exitConfig);
        CHECK(r.err.find("brochure.properties:" + std::to_string(line) + ":1: error[A004]: unknown setting "
                         "'print.blead'") != std::string::npos);
        CHECK(r.err.find("did you mean 'print.bleed'?") != std::string::npos);
    }
    SECTION("with -D, a usage error") {
        auto r = runIn(BROCHURE_SOURCE_DIR, {"-D", "print.blead=5mm", "-D", "foo.bar=1", "check"});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("error[A005]: unknown setting 'print.blead'") != std::string::npos);
        CHECK(r.err.find("did you mean 'print.bleed'?") != std::string::npos);
        CHECK(r.err.find("unknown setting 'foo.bar'") != std::string::npos);
    }
    SECTION("every key the shipped settings file sets or documents is known") {
        auto r = runIn(BROCHURE_SOURCE_DIR, {"--quiet", "check"});
        CHECK(r.err.find("A004") == std::string::npos);
        std::string settings = readFile(std::string(BROCHURE_SOURCE_DIR) + "/brochure.properties");
        // The commented-out defaults, uncommented, are accepted too.
        OwnProject project;
        std::string uncommented;
        for (std::size_t at = 0; at < settings.size();) {
            std::size_t end = settings.find('\n', at);
            std::string line = settings.substr(at, end - at);
            if (line.rfind("# ", 0) == 0 && line.find(" = ") != std::string::npos && line.find(' ', 2) > line.find(" = ") - 1)
                line = line.substr(2);
            uncommented += line + "\n";
            at = end == std::string::npos ? settings.size() : end + 1;
        }
        writeFile(project.dir.file("brochure.properties"), uncommented);
        auto all = runIn(project.dir.path(), {"--quiet", "check"});
        INFO(uncommented << all.err);
        CHECK(all.err.find("A004") == std::string::npos);
    }
}

TEST_CASE("a run names the project folder and the settings file it uses, except with --quiet") {
    OwnProject project;
    fs::create_directories(project.dir.file("empty/inner"));
    auto r = runIn(project.dir.file("empty/inner"), {"check"});
    CHECK(r.exitCode == exitOk);
    std::string folder = fs::canonical(project.dir.path()).string();
    CHECK(r.out.find("project " + folder + " (settings " + folder + "/brochure.properties)") != std::string::npos);
    CHECK(runIn(project.dir.path(), {"--quiet", "check"}).out.find("project ") == std::string::npos);
}

TEST_CASE("JSON diagnostics go to stdout (or a file), the human summary to stderr") {
    auto r = runIn(BROCHURE_SOURCE_DIR, {"check", "--diagnostics=json"});
    REQUIRE(r.exitCode == exitOk);
    CHECK(r.out.find("{\"severity\":\"note\",\"code\":\"D302\"") != std::string::npos);  // the shipped data's, accepted
    CHECK(r.out.find("checked ") == std::string::npos);
    CHECK(r.err.find("checked 14 exports, 2 layouts, 14 documents: 0 errors, 0 warnings") != std::string::npos);
    for (std::size_t at = 0; at < r.out.size(); at = r.out.find('\n', at) + 1) CHECK(r.out[at] == '{');

    TempDir dir("diagnostics-file");
    auto toFile = runIn(BROCHURE_SOURCE_DIR, {"check", "--diagnostics=json", "--diagnostics-file=" + dir.file("d.jsonl")});
    REQUIRE(toFile.exitCode == exitOk);
    CHECK(readFile(dir.file("d.jsonl")) == r.out);
    CHECK(toFile.out.find("checked ") != std::string::npos);
}

TEST_CASE("colour only where asked for or on a terminal that takes it, and correct plurals") {
    ProjectCopy project("terminal-manners");
    project.edit("data/2025/travel-fairs.xml", "city=\"Jakarta\"", "city=\"Jakarta\" bogus=\"1\"");  // one error
    const std::string command = std::string(BROCHURE_EXE) + " -D paths.data=" + project.data() + " -D paths.layouts=" +
                                project.layouts() + " -D paths.out=" + project.out() + " -D paths.store=" +
                                project.dir() + "/store.sqlite ";
    auto onTerminal = [&](const std::string& args, const std::map<std::string, std::string>& env) {
        return runProcess({"script", "-qec", command + args, "/dev/null"}, BROCHURE_SOURCE_DIR, env);
    };
    CHECK(onTerminal("check", {{"TERM", "xterm"}}).out.find("\x1b[") != std::string::npos);  // coloured by default
    CHECK(onTerminal("check", {{"TERM", "xterm"}, {"NO_COLOR", "1"}}).out.find('\x1b') == std::string::npos);
    CHECK(onTerminal("check", {{"TERM", "dumb"}}).out.find('\x1b') == std::string::npos);
    CHECK(onTerminal("--color=never check", {{"TERM", "xterm"}}).out.find('\x1b') == std::string::npos);
    CHECK(project.run({"--color=always", "check"}).err.find("\x1b[1;31merror[D") != std::string::npos);
    CHECK(project.run({"--color=sometimes", "check"}).exitCode == exitUsage);

    auto r = project.run({"check"});
    CHECK(r.out.find(": 1 error, ") != std::string::npos);

    project.edit("data/2025/travel-fairs.xml", " bogus=\"1\"", "");
    auto one = project.run({"--country", "Laos", "--edition", "screen", "build"});
    REQUIRE(one.exitCode == exitOk);
    CHECK(one.out.find("1 document: 1 built, 0 up to date, ") != std::string::npos);
    CHECK(one.out.find("built handouts/2025/laos.pdf: 1 page, ") != std::string::npos);
}

TEST_CASE("a new SOURCE_DATE_EPOCH alone rebuilds nothing - a rebuild for another reason takes it") {
    ProjectCopy project("date-not-in-fingerprint");
    const std::map<std::string, std::string> early = {{"SOURCE_DATE_EPOCH", "1735689600"}};  // 2025-01-01
    const std::map<std::string, std::string> late = {{"SOURCE_DATE_EPOCH", "1767225600"}};   // 2026-01-01
    REQUIRE(project.run({"--quiet", "--country", "Laos", "build"}, early).exitCode == exitOk);
    auto again = project.run({"--quiet", "--country", "Laos", "build"}, late);
    REQUIRE(again.exitCode == exitOk);
    CHECK(builtDocuments(again.out).empty());
    CHECK(runProcess({"pdfinfo", project.pdf("handouts/2025/laos.pdf")}).out.find("2025") != std::string::npos);

    auto forced = project.run({"--quiet", "--force", "--country", "Laos", "build"}, late);
    REQUIRE(forced.exitCode == exitOk);
    CHECK(runProcess({"pdfinfo", project.pdf("handouts/2025/laos.pdf")}).out.find("2026") != std::string::npos);
}
