// The print edition through the command line, as the README's first command makes it: a plain
// `brochure build` on a private copy of the project, read back with pdfinfo, qpdf, pdftoppm and
// pdftotext.

#include "print_readers.h"
#include "project_copy.h"

#include "process.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace brochure::testing;

namespace {

constexpr int exitOk = 0, exitUsage = 64, exitDataErr = 65, exitConfig = 78;
constexpr double kBleed = 72.0 / 25.4 * 3, kSlug = 21;  // 3 mm; gap + mark + margin
const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};
const std::string kPrint = "print/activities-2025.pdf";
const std::string kDeclaration = "<print-edition output=\"print/activities-{year}.pdf\" bleed=\"3mm\" crop-marks=\"yes\"/>";

bool near(double a, double b) { return std::abs(a - b) < 0.01; }

std::vector<std::string> screenOutputs(const std::string& out) {
    auto all = pdfFiles(out);
    all.erase(std::remove_if(all.begin(), all.end(), [](const std::string& p) { return p.rfind("print/", 0) == 0; }),
              all.end());
    return all;
}


}  // namespace

TEST_CASE("a plain build writes the brochure's print edition: boxes, CMYK, marks, bleed, manifest", "[print][cli]") {
    ProjectCopy project("print-build");
    auto r = project.run({"--quiet", "build"}, fixedDate);
    INFO(r.err);
    REQUIRE(r.exitCode == exitOk);
    const std::string pdf = project.pdf(kPrint);

    // Only the brochure declares a print edition; the handouts stay screen-only.
    auto all = pdfFiles(project.out());
    CHECK(std::count_if(all.begin(), all.end(), [](const std::string& p) { return p.rfind("print/", 0) == 0; }) == 1);
    CHECK(std::find(all.begin(), all.end(), kPrint) != all.end());
    CHECK(runProcess({"qpdf", "--check", pdf}).exitCode == 0);
    const std::string manifest = readFile(project.out() + "/manifest.json");
    CHECK_THAT(manifest, Catch::Contains("\"path\": \"" + kPrint + "\""));
    CHECK_THAT(manifest, Catch::Contains("\"edition\": \"print\""));
    CHECK_THAT(manifest, Catch::Contains(runProcess({"sha256sum", pdf}).out.substr(0, 64)));

    // Every page: MediaBox > BleedBox > TrimBox, by the slug and by 3 mm, around an A4 trim.
    auto pages = pageBoxes(pdf);
    REQUIRE(pages.size() > 10);
    REQUIRE(pages.size() == pageBoxes(project.pdf("activities-2025.pdf")).size());  // page for page
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        const PageBoxes& b = pages[p];
        CHECK(near(b.trim.right - b.trim.left, 595.276));
        CHECK(near(b.trim.top - b.trim.bottom, 841.89));
        for (double d : {b.trim.left - b.bleed.left, b.bleed.right - b.trim.right, b.trim.bottom - b.bleed.bottom,
                         b.bleed.top - b.trim.top})
            CHECK(near(d, kBleed));
        for (double d : {b.bleed.left - b.media.left, b.media.right - b.bleed.right, b.bleed.bottom - b.media.bottom,
                         b.media.top - b.bleed.top})
            CHECK(near(d, kSlug));
    }

    // The content streams set colours with k/K only.
    auto operators = colourOperators(pdf);
    for (const char* rgbOrGray : {"rg", "RG", "g", "G", "sc", "scn", "SC", "SCN"}) {
        INFO(rgbOrGray);
        CHECK(operators[rgbOrGray] == 0);
    }
    CHECK(operators["k"] > 100);

    // The cover's blue band runs into the bleed; crop marks sit outside it, at every corner.
    const PageBoxes& b = pages[0];
    GrayPage cover = renderGray(pdf, 1, 144);
    const double midY = (b.trim.bottom + b.trim.top) / 3;
    CHECK(cover.at(b.bleed.left + 1, midY) < 150);
    CHECK(cover.at(b.bleed.left - 1.5, midY) == 255);
    GrayPage contents = renderGray(pdf, 2, 144);
    const double gap = kBleed + 3;
    for (double y : {b.trim.bottom, b.trim.top}) {
        CHECK(contents.darkest(b.trim.left - gap - 14, y - 0.5, b.trim.left - gap - 1, y + 0.5) < 160);
        CHECK(contents.darkest(b.trim.right + gap + 1, y - 0.5, b.trim.right + gap + 14, y + 0.5) < 160);
    }
    // Inside the bleed, around the white contents page, nothing is printed.
    CHECK(contents.darkest(b.bleed.left + 0.5, b.bleed.bottom + 0.5, b.trim.left - 0.5, b.bleed.top - 0.5) == 255);

    // The print edition has the screen edition's text, page for page.
    auto printText = runProcess({"pdftotext", "-layout", pdf, "-"});
    auto screenText = runProcess({"pdftotext", "-layout", project.pdf("activities-2025.pdf"), "-"});
    CHECK(printText.out == screenText.out);

    // The placeholder photos (800 x 600 px over 106 mm) are honestly reported, with their page
    // (accepted in brochure.properties, so as notes).
    CHECK_THAT(r.err, Catch::Contains("note[R210]: image 'support-toyama-booth.jpg' on page "));
    CHECK_THAT(r.err, Catch::Contains("prints at 192 ppi"));
}

TEST_CASE("the screen edition is byte-identical with or without the print edition and its flags", "[print][cli]") {
    ProjectCopy with("print-screen-with"), without("print-screen-without");
    without.edit("layouts/brochure.xml", kDeclaration, "");
    auto a = with.run({"--quiet", "--crop-marks", "-D", "print.bleed=5mm", "build"}, fixedDate);
    auto b = without.run({"--quiet", "build"}, fixedDate);
    REQUIRE(a.exitCode == exitOk);
    REQUIRE(b.exitCode == exitOk);
    CHECK_FALSE(std::filesystem::exists(without.pdf(kPrint)));
    REQUIRE(screenOutputs(with.out()) == screenOutputs(without.out()));
    for (const auto& pdf : screenOutputs(with.out())) {
        INFO(pdf);
        CHECK(readFile(with.pdf(pdf)) == readFile(without.pdf(pdf)));
    }
}

TEST_CASE("only print editions asked for where there are none: A302 for a country, A303 otherwise", "[print][cli]") {
    ProjectCopy project("print-none");
    auto handout = project.run({"--edition", "print", "--country", "Laos", "build"});
    CHECK(handout.exitCode == exitUsage);
    CHECK_THAT(handout.err, Catch::Contains("error[A302]: no layout makes a print edition for country 'Laos'"));
    CHECK_THAT(handout.err, Catch::Contains("only layouts with <print-edition> have a print edition"));

    project.edit("layouts/brochure.xml", kDeclaration, "");
    auto none = project.run({"--quiet", "--edition", "print", "build"});
    CHECK(none.exitCode == exitOk);
    CHECK_THAT(none.err, Catch::Contains("warning[A303]: --edition print: no layout declares a print edition"));
    CHECK(pdfFiles(project.out()).empty());
}

TEST_CASE("the edition option picks the editions - print settings rebuild only the print edition", "[print][cli]") {
    ProjectCopy project("print-editions");
    auto screen = project.run({"--quiet", "--edition", "screen", "build"}, fixedDate);
    REQUIRE(screen.exitCode == exitOk);
    CHECK_FALSE(std::filesystem::exists(project.pdf(kPrint)));
    CHECK(builtDocuments(screen.out).size() == 13);

    auto print = project.run({"--quiet", "--edition", "print", "build"}, fixedDate);
    REQUIRE(print.exitCode == exitOk);
    CHECK(builtDocuments(print.out) == std::vector<std::string>{kPrint});
    CHECK(builtDocuments(project.run({"--quiet", "build"}, fixedDate).out).empty());

    // A different bleed changes the print edition alone, and its boxes follow.
    auto wider = project.run({"--quiet", "-D", "print.bleed=5mm", "build"}, fixedDate);
    REQUIRE(wider.exitCode == exitOk);
    CHECK(builtDocuments(wider.out) == std::vector<std::string>{kPrint});
    const PageBoxes b = pageBoxes(project.pdf(kPrint))[0];
    CHECK(near(b.trim.left - b.bleed.left, 72.0 / 25.4 * 5));

    // Crop marks off: the media box is the bleed box.
    REQUIRE(project.run({"--quiet", "-D", "print.crop-marks=no", "build"}, fixedDate).exitCode == exitOk);
    const PageBoxes plain = pageBoxes(project.pdf(kPrint))[0];
    CHECK(near(plain.media.left, plain.bleed.left));
    CHECK(near(plain.media.top, plain.bleed.top));

    // The output profile counts by its bytes: a copy elsewhere changes nothing, one changed
    // byte (in its description text, so it stays a valid profile) rebuilds the print edition.
    const std::string profile = project.dir() + "/shop.icc";
    std::filesystem::copy_file("/usr/share/color/icc/ghostscript/default_cmyk.icc", profile);
    const std::string useProfile = "print.output-profile=" + profile;
    CHECK(builtDocuments(project.run({"--quiet", "-D", "print.crop-marks=no", "-D", useProfile, "build"}, fixedDate).out)
              .empty());
    std::string bytes = readFile(profile);
    const auto description = bytes.find("SWOP");
    REQUIRE(description != std::string::npos);
    bytes[description] = 'X';
    writeFile(profile, bytes);
    auto changed = project.run({"--quiet", "-D", "print.crop-marks=no", "-D", useProfile, "build"}, fixedDate);
    REQUIRE(changed.exitCode == exitOk);
    CHECK(builtDocuments(changed.out) == std::vector<std::string>{kPrint});

    auto bad = project.run({"--edition", "poster", "build"});
    CHECK(bad.exitCode == exitUsage);
    CHECK_THAT(bad.err, Catch::Contains("--edition expects screen or print, got 'poster'"));
}

TEST_CASE("bad print settings are reported with the key - a wrong output profile is A310", "[print][cli]") {
    ProjectCopy project("print-settings");
    auto bleed = project.run({"-D", "print.bleed=2cm", "build"});
    CHECK(bleed.exitCode == exitConfig);
    CHECK_THAT(bleed.err, Catch::Contains("error[A003]: configuration key 'print.bleed' must be a length from 0 to 12.7mm"));
    auto marks = project.run({"-D", "print.crop-marks=maybe", "build"});
    CHECK(marks.exitCode == exitConfig);
    CHECK_THAT(marks.err, Catch::Contains("'print.crop-marks' must be yes or no, got 'maybe'"));

    auto missing = project.run({"-D", "print.output-profile=/nonexistent/cmyk.icc", "build"});
    CHECK(missing.exitCode == exitDataErr);
    CHECK_THAT(missing.err, Catch::Contains("/nonexistent/cmyk.icc: error[A310]: the print edition's output profile"));
    CHECK_FALSE(std::filesystem::exists(project.pdf("activities-2025.pdf")));  // nothing written

    auto rgb = project.run({"-D", "print.output-profile=/usr/share/color/icc/ghostscript/srgb.icc", "build"});
    CHECK(rgb.exitCode == exitDataErr);
    CHECK_THAT(rgb.err, Catch::Contains("not an output (printer) profile"));

    // The screen editions do not need the profile.
    CHECK(project.run({"--quiet", "--edition", "screen", "-D", "print.output-profile=/nonexistent/cmyk.icc", "build"})
              .exitCode == exitOk);
    // "none": a print edition without an output intent.
    REQUIRE(project.run({"--quiet", "-D", "print.output-profile=none", "build"}).exitCode == exitOk);
    CHECK(readFile(project.pdf(kPrint)).find("/OutputIntents") == std::string::npos);
}
