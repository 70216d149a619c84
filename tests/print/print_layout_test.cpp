// The layout side of the print edition: CMYK colours and <print-edition>, with their diagnostics
// at the attribute that is wrong.

#include "fake_source.h"

#include "bind/bind.h"
#include "layoutdef/reader.h"
#include "layoutdef/values.h"

#include <catch2/catch.hpp>

using namespace brochure;

namespace {

struct Read {
    std::optional<layoutdef::LayoutDef> layout;
    Diagnostics diagnostics;
};

Read read(const std::string& text) {
    Read r;
    r.layout = layoutdef::parseLayout(text, "layouts/print.xml", r.diagnostics);
    return r;
}

const Diagnostic& only(const Diagnostics& diagnostics, const std::string& code) {
    std::string all;
    for (const auto& d : diagnostics.all()) all += formatDiagnostic(d) + "\n";
    INFO(all);
    REQUIRE(diagnostics.all().size() == 1);
    REQUIRE(diagnostics.all()[0].code == code);
    return diagnostics.all()[0];
}

}  // namespace

TEST_CASE("colours: RGB, CMYK inks, or both", "[print][layout]") {
    auto rgb = layoutdef::parseColor("#1f4e79");
    REQUIRE(rgb);
    CHECK_FALSE(rgb->cmyk);

    auto inks = layoutdef::parseColor("cmyk(100 60 0 40)");
    REQUIRE(inks);
    REQUIRE(inks->cmyk);
    CHECK(inks->cmyk->c == Approx(1.0));
    CHECK(inks->cmyk->m == Approx(0.6));
    CHECK(inks->cmyk->y == Approx(0.0));
    CHECK(inks->cmyk->k == Approx(0.4));
    // The screen shows R = (1-C)(1-K), G = (1-M)(1-K), B = (1-Y)(1-K).
    CHECK(inks->r == Approx(0.0));
    CHECK(inks->g == Approx(0.24));
    CHECK(inks->b == Approx(0.6));

    auto commas = layoutdef::parseColor(" cmyk(100%, 60%, 0%, 40%) ");
    REQUIRE(commas);
    CHECK(commas->cmyk == inks->cmyk);

    auto both = layoutdef::parseColor("#1f4e79 cmyk(92 62 15 35)");
    REQUIRE(both);
    CHECK(both->r == Approx(31 / 255.0));  // the screen keeps its RGB
    REQUIRE(both->cmyk);
    CHECK(both->cmyk->c == Approx(0.92));

    for (const char* bad : {"cmyk(100 60 0)", "cmyk(101 0 0 0)", "cmyk(-5 0 0 0)", "cmyk(a b c d)", "cmyk 1 2 3 4",
                            "#12345 cmyk(1 2 3 4)", "cmyk(1 2 3 4) #123456"}) {
        INFO(bad);
        CHECK_FALSE(layoutdef::parseColor(bad));
    }
}

TEST_CASE("L104: a malformed CMYK colour is reported at its attribute, with a hint", "[print][layout]") {
    auto r = read(R"X(<layout output="a.pdf">
  <style name="h1" color="cmyk(100 60 0)"/>
  <section title="S"><paragraph>x</paragraph></section>
</layout>)X");
    const Diagnostic& d = only(r.diagnostics, "L104");
    CHECK(d.file == "layouts/print.xml");
    CHECK(d.line == 2);
    CHECK(d.column == 20);
    CHECK_THAT(d.message, Catch::Contains("attribute 'color' of <style> must be a colour #rrggbb, #rgb, cmyk(c m y k)"));
    CHECK_THAT(d.message, Catch::Contains("got \"cmyk(100 60 0)\""));
    CHECK(d.hint == "cmyk() takes four ink percentages from 0 to 100, e.g. cmyk(100 60 0 40)");
}

TEST_CASE("<print-edition>: bleed validated, defaults and output names planned", "[print][layout]") {
    SECTION("a bleed above 12.7 mm is L106, a bad one L105, a bad crop-marks L107") {
        auto big = read(R"X(<layout output="a.pdf">
  <print-edition bleed="20mm"/>
</layout>)X");
        const Diagnostic& d = only(big.diagnostics, "L106");
        CHECK(d.line == 2);
        CHECK(d.column == 18);
        CHECK_THAT(d.message, Catch::Contains("'bleed' of <print-edition> must be at most 12.7mm (36pt), got 20mm"));
        auto bad = read("<layout output=\"a.pdf\">\n  <print-edition bleed=\"3 mm wide\"/>\n</layout>");
        CHECK(only(bad.diagnostics, "L105").line == 2);
        auto marks = read("<layout output=\"a.pdf\">\n  <print-edition crop-marks=\"maybe\"/>\n</layout>");
        CHECK(only(marks.diagnostics, "L107").line == 2);
    }

    SECTION("plan: the default output is print/ + the screen output; bleed and marks as given") {
        auto r = read(R"X(<layout output="activities-{year}.pdf">
  <print-edition bleed="5mm" crop-marks="yes"/>
</layout>)X");
        REQUIRE(r.diagnostics.all().empty());
        test::FakeSource source;
        Diagnostics diagnostics;
        auto jobs = bind::plan(*r.layout, source, {{":year", Value{std::int64_t{2025}}}}, diagnostics);
        REQUIRE(jobs.size() == 1);
        REQUIRE(jobs[0].print);
        CHECK(jobs[0].print->output == "print/activities-2025.pdf");
        REQUIRE(jobs[0].print->bleed);
        CHECK(*jobs[0].print->bleed == Approx(72.0 / 25.4 * 5));
        CHECK(jobs[0].print->cropMarks == std::optional<bool>(true));
    }

    SECTION("a layout without <print-edition> has none") {
        auto r = read(R"X(<layout output="a.pdf"/>)X");
        test::FakeSource source;
        Diagnostics diagnostics;
        auto jobs = bind::plan(*r.layout, source, {}, diagnostics);
        REQUIRE(jobs.size() == 1);
        CHECK_FALSE(jobs[0].print);
    }

    SECTION("L220: a print output outside the output folder, at its attribute") {
        auto r = read(R"X(<layout output="a.pdf">
  <print-edition output="../press/a.pdf"/>
</layout>)X");
        REQUIRE(r.diagnostics.all().empty());
        test::FakeSource source;
        Diagnostics diagnostics;
        auto jobs = bind::plan(*r.layout, source, {}, diagnostics);
        CHECK(jobs.empty());
        const Diagnostic& d = only(diagnostics, "L220");
        CHECK(d.line == 2);
        CHECK(d.column == 18);
        CHECK_THAT(d.message, Catch::Contains("output name \"../press/a.pdf\" must be a relative path inside the output folder"));
    }
}
