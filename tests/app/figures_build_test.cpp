// Nothing lost on the page, as a reader of the PDF sees it: long charts keep every bar, running
// footers fill in every field, and a layout mistake in a chart, a footer or an image is a located
// error from `check` and `build` alike, never a silent zero, a literal "{year}" or a blank.

#include "project_copy.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>
#include <sstream>

using namespace brochure::testing;

namespace {

constexpr int exitOk = 0, exitDataErr = 65;

const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};

// `rows` rows labelled <prefix>001... with values from -50 to 149 (some negative).
std::string longChart(const std::string& title, const std::string& prefix, int rows) {
    return "<chart title=\"" + title + "\" label=\"k\" value=\"v\" query=\"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
           "SELECT i + 1 FROM n WHERE i &lt; " + std::to_string(rows) + ") SELECT printf('" + prefix +
           "%03d', i) AS k, i * 37 % 200 - 50 AS v FROM n\"/>";
}

std::string layoutWith(const std::string& footer, const std::string& blocks) {
    return R"(<layout name="figures" output="figures-{year}.pdf" title="Figures {year}">
  <master name="page" size="A4" margin="20mm 18mm">
    <header align="left">{section}</header>
    <footer align="center">)" + footer + R"(</footer>
  </master>
  <section title="Figures">
    <paragraph>Every row is a bar.</paragraph>
    )" + blocks + R"(
  </section>
</layout>
)";
}

std::set<std::string> words(const std::string& pdf) {
    ProcessResult r = runProcess({"pdftotext", pdf, "-"});
    REQUIRE(r.exitCode == 0);
    std::set<std::string> out;
    std::istringstream in(r.out);
    for (std::string word; in >> word;) out.insert(word);
    return out;
}

std::string pdfText(const std::string& pdf) { return runProcess({"pdftotext", pdf, "-"}).out; }

}  // namespace

TEST_CASE("charts of 240 and 500 rows show every label in the PDF, and the footer fills in {year}", "[app][figures]") {
    ProjectCopy project("figures-long-charts");
    writeFile(project.layouts() + "/figures.xml",
              layoutWith("{year} edition - page {page} of {pages}",
                         longChart("Two hundred and forty", "a", 240) + "\n" + longChart("Five hundred", "b", 500)));
    auto r = project.run({"--quiet", "build", "--layout", "figures"}, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    const std::string pdf = project.pdf("figures-2025.pdf");
    const std::set<std::string> shown = words(pdf);
    std::size_t missing = 0;
    for (const auto& [prefix, rows] : {std::pair{"a", 240}, {"b", 500}})
        for (int i = 1; i <= rows; ++i) {
            char label[16];
            std::snprintf(label, sizeof label, "%s%03d", prefix, i);
            if (!shown.count(label)) ++missing;
        }
    CHECK(missing == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("Five hundred (continued)") != std::string::npos);
    CHECK(text.find("2025 edition - page 2 of") != std::string::npos);
    CHECK(text.find("{year}") == std::string::npos);
}

TEST_CASE("a chart over text values and an unknown footer field are located errors from check and build",
          "[app][figures]") {
    ProjectCopy project("figures-bad-fields");
    writeFile(project.layouts() + "/figures.xml",
              layoutWith("{yaer} - {page}",
                         R"(<chart title="By country" label="country" value="country"
           query="SELECT country FROM jet_participants WHERE _year = :year"/>)"));
    for (const char* command : {"check", "build"}) {
        INFO(command);
        auto r = project.run({"--quiet", command}, fixedDate);
        INFO(r.err);
        CHECK(r.exitCode == exitDataErr);
        CHECK(r.err.find("figures.xml:4:28: error[L204]: {yaer} names no field or parameter here") != std::string::npos);
        CHECK(r.err.find("figures.xml:8:47: error[L207]: the chart needs numbers in 'country'") != std::string::npos);
        CHECK(pdfFiles(project.out()).empty());
    }
}

TEST_CASE("a missing image or photo file is error L206 at the layout, from check and build, never R101",
          "[app][figures]") {
    ProjectCopy project("figures-missing-image");
    writeFile(project.layouts() + "/figures.xml", layoutWith("{page}", R"(<image src="../data/images/gone.png"/>)"));
    project.edit("data/2025/photos.xml", "file=\"support-toyama-booth.jpg\"", "file=\"support-toyama-boot.jpg\"");
    for (const char* command : {"check", "build"}) {
        INFO(command);
        auto r = project.run({"--quiet", command}, fixedDate);
        INFO(r.err);
        CHECK(r.exitCode == exitDataErr);
        CHECK(r.err.find("figures.xml:8:12: error[L206]: image file '") != std::string::npos);
        CHECK(r.err.find("gone.png' does not exist") != std::string::npos);
        CHECK(r.err.find("support-toyama-boot.jpg' does not exist (named by the photos row 'support.toyama-booth' at ") !=
              std::string::npos);
        CHECK(r.err.find("photos.xml:18)") != std::string::npos);
        CHECK(r.err.find("brochure.xml:") != std::string::npos);
        CHECK(r.err.find("R101") == std::string::npos);
        CHECK(pdfFiles(project.out()).empty());
    }
}

TEST_CASE("a footer shows the job's own fields: one handout per country, each naming its country and year",
          "[app][figures]") {
    ProjectCopy project("figures-job-footer");
    writeFile(project.layouts() + "/figures.xml",
              R"(<layout name="figures" output="figures/{slug}.pdf" title="Handout {country}">
  <jobs query="SELECT name AS country, slug FROM country WHERE covered = 1 ORDER BY _seq LIMIT 2"/>
  <master name="page" size="A5">
    <header align="left">{country}: {section}</header>
    <footer align="center">{country} {year} - page {page} of {pages}</footer>
  </master>
  <section title="Cover" master="page"><paragraph>Cover</paragraph></section>
  <section title="Inside" master="page" page-break="yes"><paragraph>Inside</paragraph></section>
</layout>
)");
    auto r = project.run({"--quiet", "build", "--layout", "figures"}, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    const std::vector<std::string> pdfs = pdfFiles(project.out());
    REQUIRE(pdfs.size() == 2);
    for (const std::string& pdf : pdfs) {
        const std::string text = pdfText(project.pdf(pdf));
        INFO(pdf << "\n" << text);
        CHECK(text.find("{") == std::string::npos);
        CHECK(text.find(" 2025 - page 2 of 2") != std::string::npos);
    }
    CHECK(pdfText(project.pdf(pdfs[0])).find("Brunei: Inside") != std::string::npos);
    CHECK(pdfText(project.pdf(pdfs[0])).find("Brunei 2025 - page 2 of 2") != std::string::npos);
}
