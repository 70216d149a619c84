// -Werror is on for the project's own builds (a git checkout) and off for a source tarball, so a
// distribution's newer compiler does not fail the release it packages; BROCHURE_WERROR sets it
// either way. Checked on the compile commands CMake writes for a real configure of the tree.
#include "process.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace brochure::testing;

namespace {

// Configures `sourceDir` into a fresh build folder (no tests: only the program's own flags matter)
// and returns its compile_commands.json.
std::string compileCommands(const std::string& sourceDir, const TempDir& build, std::vector<std::string> options) {
    std::vector<std::string> argv = {"cmake", "-S", sourceDir, "-B", build.path(), "-G", "Ninja", "-DBROCHURE_TESTS=OFF"};
    argv.insert(argv.end(), options.begin(), options.end());
    auto configured = runProcess(argv);
    INFO(configured.out << configured.err);
    REQUIRE(configured.exitCode == 0);
    return readFile(build.file("compile_commands.json"));
}

bool hasWerror(const std::string& commands) { return commands.find(" -Werror ") != std::string::npos; }

}  // namespace

TEST_CASE("a git checkout builds with -Werror unless BROCHURE_WERROR=OFF", "[build]") {
    auto isCheckout = runProcess({"git", "-C", BROCHURE_SOURCE_DIR, "rev-parse", "--is-inside-work-tree"});
    if (isCheckout.exitCode != 0) {
        WARN("skipped: the source tree is not a git checkout");
        return;
    }

    TempDir byDefault("werror-default");
    CHECK(hasWerror(compileCommands(BROCHURE_SOURCE_DIR, byDefault, {})));
    TempDir off("werror-off");
    auto commands = compileCommands(BROCHURE_SOURCE_DIR, off, {"-DBROCHURE_WERROR=OFF"});
    CHECK_FALSE(hasWerror(commands));
    CHECK(commands.find(" -Wall -Wextra ") != std::string::npos);  // the warnings are still shown
}

TEST_CASE("a source tarball builds without -Werror unless BROCHURE_WERROR=ON", "[build]") {
    auto isCheckout = runProcess({"git", "-C", BROCHURE_SOURCE_DIR, "rev-parse", "--is-inside-work-tree"});
    if (isCheckout.exitCode != 0) {
        WARN("skipped: no git to make a tarball of the committed tree");
        return;
    }

    // What a release tarball holds: the committed files, no .git.
    TempDir source("werror-tarball");
    auto unpacked = runProcess({"sh", "-c", "git -C \"$0\" archive HEAD | tar -x -C \"$1\"", BROCHURE_SOURCE_DIR, source.path()});
    INFO(unpacked.err);
    REQUIRE(unpacked.exitCode == 0);

    TempDir byDefault("werror-tarball-default");
    CHECK_FALSE(hasWerror(compileCommands(source.path(), byDefault, {})));
    TempDir on("werror-tarball-on");
    CHECK(hasWerror(compileCommands(source.path(), on, {"-DBROCHURE_WERROR=ON"})));
}
