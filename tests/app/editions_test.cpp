// Editions as the office makes them: the data folder is the truth (an export that is gone leaves
// the store and the PDFs), a new year's folder holding only the new numbers makes the next
// edition (the other datasets carried from the latest earlier export), and editions never
// overwrite each other's outputs; out/manifest.json lists every output with its year and inputs.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

constexpr int exitOk = 0, exitDataErr = 65, exitCantCreate = 73;

const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};  // 2025-01-01

// A travel fair that only data/2025/travel-fairs.xml names.
const std::string travelFair = "Visit Japan FIT Fair #16";

std::string pdfText(const std::string& pdf) { return runProcess({"pdftotext", "-layout", pdf, "-"}).out; }

// Puts the 2026 exports of tests/fixtures/editions/2026 (only the new participant numbers) into the copy.
void addEdition2026(const ProjectCopy& project) {
    fs::copy(BROCHURE_SOURCE_DIR "/tests/fixtures/editions/2026", project.data() + "/2026", fs::copy_options::recursive);
}

// The manifest's entry for one output (each entry is one line), "" when it is not listed.
std::string manifestLine(const ProjectCopy& project, const std::string& output) {
    std::string manifest = readFile(project.out() + "/manifest.json");
    auto at = manifest.find("{\"path\": \"" + output + "\"");
    if (at == std::string::npos) return {};
    std::string line = manifest.substr(at, manifest.find('\n', at) - at);
    if (!line.empty() && line.back() == ',') line.pop_back();  // the separator of entries that follow
    return line;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("an export deleted, renamed to .XML or moved into a subfolder leaves the store and the PDF, and the run says so",
          "[editions]") {
    ProjectCopy project("editions-gone");
    const std::vector<std::string> brochureOnly = {"--quiet", "--layout", "brochure", "--edition", "screen", "build"};
    REQUIRE(project.run(brochureOnly, fixedDate).exitCode == exitOk);
    REQUIRE(pdfText(project.pdf("activities-2025.pdf")).find(travelFair) != std::string::npos);

    const std::string exportFile = project.data() + "/2025/travel-fairs.xml";
    SECTION("deleted") { fs::remove(exportFile); }
    SECTION("renamed to .XML") { fs::rename(exportFile, project.data() + "/2025/travel-fairs.XML"); }
    SECTION("moved into a subfolder") {
        fs::create_directory(project.data() + "/2025/old");
        fs::rename(exportFile, project.data() + "/2025/old/travel-fairs.xml");
    }
    auto r = project.run(brochureOnly, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    CHECK(r.err.find("data/2025/travel-fairs.xml: note[S210]: dataset 'travel-fairs' of 2025 was removed from the store") !=
          std::string::npos);
    CHECK(pdfText(project.pdf("activities-2025.pdf")).find(travelFair) == std::string::npos);
    // check, which never sees the store, agrees with the build.
    CHECK(project.run({"check"}).err.find("warning[L210]: the query of <table 'travel-fairs'> returned no rows") !=
          std::string::npos);

    // Same data folder, same PDF, whatever the store saw before.
    ProjectCopy fresh("editions-gone-fresh");
    fs::remove(fresh.data() + "/2025/travel-fairs.xml");
    REQUIRE(fresh.run(brochureOnly, fixedDate).exitCode == exitOk);
    CHECK(readFile(fresh.pdf("activities-2025.pdf")) == readFile(project.pdf("activities-2025.pdf")));
}

TEST_CASE("brochure ingest also makes the store hold exactly the data folder, and says what left it", "[editions]") {
    ProjectCopy project("editions-ingest");
    REQUIRE(project.run({"--quiet", "ingest"}).exitCode == exitOk);
    fs::remove(project.data() + "/2025/staff.xml");
    auto r = project.run({"--quiet", "ingest"});
    REQUIRE(r.exitCode == exitOk);
    CHECK(r.err.find("data/2025/staff.xml: note[S210]: dataset 'staff' of 2025 was removed from the store") !=
          std::string::npos);
    CHECK(occurrences(r.err, "note[S210]") == 1);
}

TEST_CASE("the 2026 edition from only the new participant exports: the other datasets carried, the tables rolled "
          "forward, the 2025 outputs unchanged",
          "[editions]") {
    ProjectCopy project("editions-2026");
    REQUIRE(project.run({"--quiet", "build"}, fixedDate).exitCode == exitOk);
    std::map<std::string, std::string> edition2025;
    for (const auto& pdf : pdfFiles(project.out())) edition2025[pdf] = readFile(project.pdf(pdf));
    REQUIRE(edition2025.size() == 14);

    addEdition2026(project);
    auto check = project.run({"--year", "2026", "check"});
    INFO(check.err);
    CHECK(check.exitCode == exitOk);
    // 14 datasets, 3 of them new: the other 11 come from 2025, a note each.
    CHECK(occurrences(check.err, "note[D130]") == 11);
    CHECK(check.err.find("data/2025/staff.xml: note[D130]: dataset 'staff' of 2026 comes from the 2025 export") !=
          std::string::npos);
    CHECK(check.err.find("dataset 'jet-participants' of 2026") == std::string::npos);

    auto strict = project.run({"--year", "2026", "--require-fresh", "check"});
    CHECK(strict.exitCode == exitDataErr);
    CHECK(occurrences(strict.err, "error[D130]") == 11);

    auto build = project.run({"--quiet", "--year", "2026", "build"}, fixedDate);
    INFO(build.err);
    REQUIRE(build.exitCode == exitOk);
    const std::string brochure2026 = pdfText(project.pdf("activities-2026.pdf"));
    // The seminar table rolls '22 into the first column and adds '25; LGOTP likewise.
    CHECK(brochure2026.find("'95-'22") != std::string::npos);
    CHECK(brochure2026.find("'95-'21") == std::string::npos);
    CHECK(brochure2026.find("'25") != std::string::npos);
    CHECK(brochure2026.find("1996-2019") != std::string::npos);
    CHECK(brochure2026.find(travelFair) != std::string::npos);  // carried from 2025
    CHECK(fs::exists(project.pdf("handouts/2026/laos.pdf")));

    // Rebuilding 2025 from the same folder gives the same bytes: 2026 changed nothing of it.
    REQUIRE(project.run({"--quiet", "--force", "build"}, fixedDate).exitCode == exitOk);
    for (const auto& [pdf, bytes] : edition2025) {
        INFO(pdf);
        CHECK(readFile(project.pdf(pdf)) == bytes);
    }
    CHECK(pdfFiles(project.out()).size() == 28);
}

TEST_CASE("a carry=\"no\" dataset missing from an edition is an error, and so is an edition without any export",
          "[editions]") {
    ProjectCopy project("editions-not-carried");
    fs::create_directory(project.data() + "/2026");
    fs::copy(BROCHURE_SOURCE_DIR "/tests/fixtures/editions/2026/seminar-participants.xml", project.data() + "/2026");
    auto r = project.run({"--year", "2026", "check"});
    CHECK(r.exitCode == exitDataErr);
    CHECK(r.err.find("data/2025/jet-participants.xml: error[D131]: dataset 'jet-participants' has no "
                                      "export for 2026 (the latest is of 2025)") != std::string::npos);
    CHECK(r.err.find("error[D131]: dataset 'lgotp-participants'") != std::string::npos);
    CHECK(occurrences(r.err, "error[D131]") == 2);

    auto none = project.run({"--year", "2027", "build"});
    CHECK(none.exitCode == exitDataErr);
    CHECK(none.err.find("error[D132]: no export for the edition year 2027") != std::string::npos);
    CHECK_FALSE(fs::exists(project.out() + "/manifest.json"));
}

TEST_CASE("after partial builds the manifest lists every output of the folder with its year and inputs", "[editions]") {
    ProjectCopy project("editions-manifest");
    addEdition2026(project);
    REQUIRE(project.run({"--quiet", "--country", "Laos", "build"}, fixedDate).exitCode == exitOk);
    const std::string laos2025 = manifestLine(project, "handouts/2025/laos.pdf");
    CHECK(laos2025.find("\"year\": 2025") != std::string::npos);
    CHECK(laos2025.find("\"jet-participants\": \"2025/jet-participants.xml\"") != std::string::npos);
    const std::string laos2025Bytes = readFile(project.pdf("handouts/2025/laos.pdf"));

    REQUIRE(project.run({"--quiet", "--year", "2026", "--layout", "handout", "build"}, fixedDate).exitCode == exitOk);
    REQUIRE(project.run({"--quiet", "--year", "2026", "--layout", "brochure", "--edition", "screen", "build"}, fixedDate)
                .exitCode == exitOk);
    CHECK(manifestLine(project, "handouts/2025/laos.pdf") == laos2025);  // another edition's entry: untouched
    CHECK(readFile(project.pdf("handouts/2025/laos.pdf")) == laos2025Bytes);
    for (const auto& output : {"handouts/2026/laos.pdf", "handouts/2026/sri-lanka.pdf", "activities-2026.pdf"}) {
        const std::string line = manifestLine(project, output);
        INFO(output << ": " << line);
        CHECK(line.find("\"year\": 2026") != std::string::npos);
        CHECK(line.find("\"jet-participants\": \"2026/jet-participants.xml\"") != std::string::npos);
        CHECK(line.find("\"staff\": \"2025/staff.xml\"") != std::string::npos);
    }
    // Every PDF of the folder is listed, and nothing else.
    const std::string manifest = readFile(project.out() + "/manifest.json");
    CHECK(occurrences(manifest, "{\"path\": ") == pdfFiles(project.out()).size());
    CHECK(pdfFiles(project.out()).size() == 14);  // Laos 2025, 12 handouts and the brochure of 2026
}

TEST_CASE("a layout whose output name has no {year} cannot overwrite another edition's output (A408)", "[editions]") {
    ProjectCopy project("editions-overwrite");
    addEdition2026(project);
    project.edit("layouts/handout.xml", "output=\"handouts/{year}/{slug}.pdf\"", "output=\"handouts/{slug}.pdf\"");
    REQUIRE(project.run({"--quiet", "--country", "Laos", "build"}, fixedDate).exitCode == exitOk);
    const std::string before = readFile(project.pdf("handouts/laos.pdf"));
    auto r = project.run({"--quiet", "--year", "2026", "--country", "Laos", "build"}, fixedDate);
    CHECK(r.exitCode == exitCantCreate);
    CHECK(r.err.find("error[A408]: building the 2026 edition would overwrite handouts/laos.pdf, the 2025 edition") !=
          std::string::npos);
    CHECK(readFile(project.pdf("handouts/laos.pdf")) == before);
    CHECK(manifestLine(project, "handouts/laos.pdf").find("\"year\": 2025") != std::string::npos);
}
