// Damage the build must refuse, not work around: a truncated font (printing with another face
// would be wrong), a store file with a corrupt page, a SOURCE_DATE_EPOCH no PDF date can hold,
// and text the line breaker used to abort on, which must reach the page or be reported.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitUsage = 64, exitDataErr = 65;
const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};

// A copy of the project's fonts next to the data, for a test to damage.
std::string copyFonts(const ProjectCopy& project) {
    const std::string fonts = project.dir() + "/fonts";
    fs::copy(std::string(BROCHURE_SOURCE_DIR) + "/fonts", fonts);
    return fonts;
}

}  // namespace

TEST_CASE("a truncated font is an error at the font file and at each style that asks for it", "[app][damage]") {
    ProjectCopy project("damage-font");
    const std::string fonts = copyFonts(project);
    REQUIRE(project.run({"--quiet", "-D", "paths.fonts=" + fonts, "build"}, fixedDate).exitCode == exitOk);
    const std::string before = readFile(project.pdf("activities-2025.pdf"));

    const std::string font = fonts + "/ipaexg.ttf";
    writeFile(font, readFile(font).substr(0, 1 << 20));  // the first MiB of 6
    for (const std::string command : {"check", "build"}) {
        INFO(command);
        auto r = project.run({"--quiet", "--force", "-D", "paths.fonts=" + fonts, command}, fixedDate);
        INFO(r.err);
        CHECK(r.exitCode == exitDataErr);
        CHECK(r.err.find("fonts/ipaexg.ttf: error[T002]: the font file is damaged: the table '") != std::string::npos);
        CHECK(r.err.find("past the end of the file (1048576 bytes): the file is cut short") != std::string::npos);
        CHECK(r.err.find("brochure.xml:28:22: error[T005]: style 'body' asks for the font family 'IPAexGothic', "
                         "which no readable font file provides") != std::string::npos);
        CHECK(r.err.find("handout.xml:18:22: error[T005]") != std::string::npos);
    }
    CHECK(readFile(project.pdf("activities-2025.pdf")) == before);  // nothing rebuilt with the wrong faces
}

TEST_CASE("a store with a corrupt page is named as damaged, with the hint to delete it", "[app][damage]") {
    ProjectCopy project("damage-store");
    REQUIRE(project.run({"--quiet", "ingest"}).exitCode == exitOk);
    const std::string store = project.dir() + "/store.sqlite";
    std::string bytes = readFile(store);
    REQUIRE(bytes.size() > 8 * 4096);
    // The second half of the pages overwritten: the schema and the ingest record (the first pages)
    // still read, so the build skips the ingest and meets the damage in the layouts' queries;
    // then every page: the damage shows when the store is opened.
    for (const std::size_t firstBad : {bytes.size() / 2 / 4096 * 4096, std::size_t{4096}}) {
        for (std::size_t i = firstBad; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0x5A ^ (i * 13));
        writeFile(store, bytes);
        auto r = project.run({"--quiet", "build"}, fixedDate);
        INFO(r.err);
        CHECK(r.exitCode != exitOk);
        CHECK(r.err.find("store.sqlite: error[S101]: the store file is damaged") != std::string::npos);
        CHECK(r.err.find("store.sqlite; the next build ingests the data folder again") != std::string::npos);
        CHECK(r.err.find("error[L201]") == std::string::npos);  // not the layout's query's fault
        CHECK(pdfFiles(project.out()).empty());
    }
}

TEST_CASE("SOURCE_DATE_EPOCH that no PDF date can hold is a usage error naming the variable", "[app][damage]") {
    ProjectCopy project("damage-epoch");
    for (const std::string value : {"99999999999999999999", "253402300800", "-5", "yesterday"}) {
        INFO(value);
        auto r = project.run({"--quiet", "build"}, {{"SOURCE_DATE_EPOCH", value}});
        CHECK(r.exitCode == exitUsage);
        CHECK(r.err.find("SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799") !=
              std::string::npos);
        CHECK(r.err.find("'" + value + "'") != std::string::npos);
    }
    CHECK(pdfFiles(project.out()).empty());
    CHECK(project.run({"--quiet", "build", "--country", "Laos"}, {{"SOURCE_DATE_EPOCH", "253402300799"}}).exitCode ==
          exitOk);
}

TEST_CASE("a heading of one 100,000-letter word is printed whole, and its bookmark shows the start", "[app][damage]") {
    ProjectCopy project("damage-long-word");
    const std::string word = "Programme" + std::string(100000, 'a');
    project.edit("layouts/handout.xml", "<heading level=\"1\">The JET Programme</heading>",
                 "<heading level=\"1\">The JET " + word + "</heading>");
    auto r = project.run({"--quiet", "build", "--country", "Singapore"}, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    auto text = runProcess({"pdftotext", project.pdf("handouts/2025/singapore.pdf"), "-"});
    std::size_t letters = 0;
    for (char c : text.out) letters += c == 'a';
    CHECK(letters >= 100000);  // broken across lines, every letter on the page
    auto outline = runProcess({"qpdf", "--json", "--json-key=outlines", project.pdf("handouts/2025/singapore.pdf")});
    CHECK(outline.out.find("The JET Programmeaaaa") != std::string::npos);
}
