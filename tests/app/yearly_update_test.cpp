// docs/yearly-update.md, executed: every `brochure` command of its ```sh blocks runs, in order, on
// a copy of the project; the one step a person does by hand (typing the new numbers into the
// copies new-edition made) is done with the exports of tests/fixtures/editions/2026.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitUsage = 64, exitCantCreate = 73;

// The `brochure ...` lines of the page's ```sh blocks, each split into its arguments.
std::vector<std::vector<std::string>> documentedCommands() {
    std::istringstream page(readFile(BROCHURE_SOURCE_DIR "/docs/yearly-update.md"));
    std::vector<std::vector<std::string>> commands;
    bool inShell = false;
    for (std::string line; std::getline(page, line);) {
        if (line.rfind("```", 0) == 0) {
            inShell = line == "```sh";
            continue;
        }
        if (!inShell || line.rfind("brochure ", 0) != 0) continue;
        std::istringstream words(line.substr(9));
        auto& args = commands.emplace_back();
        for (std::string word; words >> word;) args.push_back(word);
    }
    return commands;
}

std::vector<std::string> filesIn(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("docs/yearly-update.md, step by step, makes the 2026 edition", "[editions]") {
    const auto commands = documentedCommands();
    REQUIRE(commands.size() == 3);
    REQUIRE(commands[0] == std::vector<std::string>{"new-edition", "2026"});
    ProjectCopy project("yearly-update");

    // 1. Start the edition: copies of the participant exports, the year set; nothing built.
    auto started = project.run(commands[0]);
    INFO(started.out << started.err);
    REQUIRE(started.exitCode == exitOk);
    const std::string folder = project.data() + "/2026";
    CHECK(filesIn(folder) ==
          std::vector<std::string>{"jet-participants.xml", "lgotp-participants.xml", "seminar-participants.xml"});
    for (const auto& name : filesIn(folder)) {
        const std::string copy = readFile(folder + "/" + name), original = readFile(project.data() + "/2025/" + name);
        CHECK(copy.find("year=\"2026\">") != std::string::npos);
        std::string expected = original;
        expected.replace(expected.find("year=\"2025\">"), 12, "year=\"2026\">");
        CHECK(copy == expected);  // nothing else changed: the office edits a file it knows
        CHECK(started.out.find("2026/" + name + "  (from ") != std::string::npos);
    }
    CHECK(started.out.find("staff ") != std::string::npos);  // listed as carried
    CHECK_FALSE(fs::exists(project.out()));
    // A started edition is never overwritten; a year is four digits.
    CHECK(project.run(commands[0]).exitCode == exitCantCreate);
    CHECK(project.run({"new-edition", "26"}).exitCode == exitUsage);

    // 2. Type the new numbers.
    for (const auto& name : filesIn(folder))
        fs::copy_file(BROCHURE_SOURCE_DIR "/tests/fixtures/editions/2026/" + name, folder + "/" + name,
                      fs::copy_options::overwrite_existing);

    // 3. Check, 4. Build.
    for (std::size_t step = 1; step < commands.size(); ++step) {
        auto r = project.run(commands[step]);
        INFO(commands[step][0] << ": " << r.err);
        CHECK(r.exitCode == exitOk);
    }
    CHECK(fs::exists(project.pdf("activities-2026.pdf")));
    CHECK(fs::exists(project.pdf("print/activities-2026.pdf")));
    CHECK(pdfFiles(project.out() + "/handouts/2026").size() == 12);
    CHECK(runProcess({"pdftotext", "-layout", project.pdf("activities-2026.pdf"), "-"}).out.find("'95-'22") !=
          std::string::npos);
}
