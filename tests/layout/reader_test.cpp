// The layout reader: every L0xx/L1xx diagnostic with a tiny bad layout, its location and hint.

#include "layoutdef/reader.h"
#include "layoutdef/values.h"

#include <catch2/catch.hpp>

using namespace brochure;

namespace {

struct Read {
    std::optional<layoutdef::LayoutDef> layout;
    Diagnostics diagnostics;

    const Diagnostic* find(const std::string& code) const {
        for (const auto& d : diagnostics.all())
            if (d.code == code) return &d;
        return nullptr;
    }
};

Read read(const std::string& text) {
    Read r;
    r.layout = layoutdef::parseLayout(text, "layouts/test.xml", r.diagnostics);
    return r;
}

// Requires exactly one diagnostic with this code and returns it.
Diagnostic only(const Read& r, const std::string& code) {
    std::string all;
    for (const auto& d : r.diagnostics.all()) all += formatDiagnostic(d) + "\n";
    INFO(all);
    REQUIRE(r.diagnostics.all().size() == 1);
    REQUIRE(r.diagnostics.all()[0].code == code);
    return r.diagnostics.all()[0];
}

}  // namespace

TEST_CASE("a valid layout reads without diagnostics", "[reader]") {
    auto r = read(R"(<layout output="a-{year}.pdf">
  <style name="body" size="10"/>
  <section title="S"><paragraph>Hello <b>world</b></paragraph></section>
</layout>)");
    CHECK(r.diagnostics.all().empty());
    REQUIRE(r.layout);
    CHECK(r.layout->root.childrenNamed("section").size() == 1);
}

TEST_CASE("L001: a layout file that cannot be read", "[reader]") {
    Diagnostics diagnostics;
    auto layout = layoutdef::readLayout("/nonexistent/layout.xml", diagnostics);
    CHECK_FALSE(layout);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "L001");
    CHECK(diagnostics.all()[0].file == "/nonexistent/layout.xml");
}

TEST_CASE("L002: malformed XML is reported at its line and column", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n  <section>\n  </sectio>\n</layout>");
    auto d = only(r, "L002");
    CHECK_FALSE(r.layout);
    CHECK(d.line == 3);
    CHECK(d.message.find("malformed XML") != std::string::npos);
}

TEST_CASE("L003: the root element must be <layout>", "[reader]") {
    auto d = only(read("<document/>"), "L003");
    CHECK(d.message.find("<document>") != std::string::npos);
    CHECK(d.line == 1);
}

TEST_CASE("L101: an unknown element gets the closest allowed one as a hint", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n  <section>\n    <paragrph>x</paragrph>\n  </section>\n</layout>");
    auto d = only(r, "L101");
    CHECK(d.line == 3);
    CHECK(d.column == 6);  // the element name, just after '<'
    CHECK(d.message == "unknown element <paragrph> in <section>");
    CHECK(d.hint == "did you mean 'paragraph'?");
}

TEST_CASE("L102: an unknown attribute is located at the attribute, with a hint", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n  <section titel=\"About\"/>\n</layout>");
    auto d = only(r, "L102");
    CHECK(d.line == 2);
    CHECK(d.column == 12);
    CHECK(d.message == "unknown attribute 'titel' on <section>");
    CHECK(d.hint == "did you mean 'title'?");
}

TEST_CASE("L103: a missing required attribute", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n  <section>\n    <table/>\n  </section>\n</layout>");
    auto d = only(r, "L103");
    CHECK(d.line == 3);
    CHECK(d.message == "<table> needs the attribute 'query'");
}

TEST_CASE("L104: a bad colour", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\">\n<style name=\"x\" color=\"#12345g\"/>\n</layout>"), "L104");
    CHECK(d.line == 2);
    CHECK(d.column == 17);
    CHECK(d.message.find("#12345g") != std::string::npos);
}

TEST_CASE("L105: a bad length, margin or page size", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n<master name=\"m\" size=\"B7\" margin=\"1cm 2furlongs\"/>\n"
                  "<section><spacer height=\"-3pt\"/></section>\n</layout>");
    std::vector<std::string> codes;
    for (const auto& d : r.diagnostics.all()) codes.push_back(d.code);
    CHECK(codes == std::vector<std::string>{"L105", "L105", "L105"});  // all errors of a file at once
    CHECK(r.diagnostics.all()[2].line == 3);
}

TEST_CASE("L106: a bad number, and a number out of range", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n<style name=\"x\" size=\"big\"/>\n"
                  "<section><heading level=\"9\">H</heading></section>\n</layout>");
    REQUIRE(r.diagnostics.all().size() == 2);
    CHECK(r.diagnostics.all()[0].code == "L106");
    CHECK(r.diagnostics.all()[0].message.find("must be a number") != std::string::npos);
    CHECK(r.diagnostics.all()[1].code == "L106");
    CHECK(r.diagnostics.all()[1].message.find("between 1 and 4") != std::string::npos);
}

TEST_CASE("L107: a value not among the choices, with a hint", "[reader]") {
    auto r = read("<layout output=\"a.pdf\"><section>\n<table query=\"SELECT 1 AS a\">"
                  "<column field=\"a\" format=\"cout\"/></table></section></layout>");
    auto d = only(r, "L107");
    CHECK(d.line == 2);
    CHECK(d.hint == "did you mean 'count'?");
    CHECK(only(read("<layout output=\"a.pdf\"><style name=\"x\" bold=\"yse\"/></layout>"), "L107").hint ==
          "did you mean 'yes'?");
}

TEST_CASE("L108: an unknown style, table style or master, with the closest name", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n<style name=\"subtitle\"/>\n"
                  "<section master=\"page\"><paragraph style=\"subtitel\">x</paragraph></section>\n</layout>");
    REQUIRE(r.diagnostics.all().size() == 2);
    CHECK(r.diagnostics.all()[0].code == "L108");
    CHECK(r.diagnostics.all()[0].message == "unknown page master 'page'");
    CHECK(r.diagnostics.all()[1].message == "unknown style 'subtitel'");
    CHECK(r.diagnostics.all()[1].hint == "did you mean 'subtitle'?");
    CHECK(r.diagnostics.all()[1].line == 3);
}

TEST_CASE("L109: a duplicate style name", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\">\n<style name=\"x\"/>\n<style name=\"x\"/>\n</layout>"), "L109");
    CHECK(d.line == 3);
}

TEST_CASE("L110: a style that inherits from itself", "[reader]") {
    auto r = read("<layout output=\"a.pdf\">\n<style name=\"a\" parent=\"b\"/>\n<style name=\"b\" parent=\"a\"/>\n</layout>");
    REQUIRE_FALSE(r.diagnostics.all().empty());
    for (const auto& d : r.diagnostics.all()) CHECK(d.code == "L110");
    CHECK(r.diagnostics.all()[0].line == 2);
}

TEST_CASE("L111: text where the element takes none", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\">\n<section>\n  stray text\n</section></layout>"), "L111");
    CHECK(d.line == 2);  // the text node starts right after <section>
    CHECK(d.hint.find("paragraph") != std::string::npos);
}

TEST_CASE("L112: an image needs a photo key or a file", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\"><section>\n<image width=\"10pt\"/></section></layout>"), "L112");
    CHECK(d.line == 2);
    CHECK(d.message == "<image> needs one of the attributes photo, src");
}

TEST_CASE("L113: a known element in the wrong place", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\">\n<paragraph>x</paragraph>\n</layout>"), "L113");
    CHECK(d.line == 2);
    CHECK(d.message == "<paragraph> is not allowed inside <layout>");
    CHECK(d.hint.find("section") != std::string::npos);
}

TEST_CASE("L113: <columns> holds boxes, or with count flowing blocks, never both", "[reader]") {
    auto flowing = read("<layout output=\"a.pdf\"><section>\n<columns count=\"2\" balance=\"yes\">"
                        "<paragraph>x</paragraph></columns></section></layout>");
    CHECK(flowing.diagnostics.all().empty());
    auto boxInFlow = only(read("<layout output=\"a.pdf\"><section>\n<columns count=\"2\">\n<box/></columns>"
                               "</section></layout>"),
                          "L113");
    CHECK(boxInFlow.line == 3);
    CHECK(boxInFlow.message == "<box> is not allowed inside <columns count=...>");
    auto blockInBoxes = only(read("<layout output=\"a.pdf\"><section>\n<columns>\n<paragraph>x</paragraph>"
                                  "</columns></section></layout>"),
                             "L113");
    CHECK(blockInBoxes.line == 3);
    CHECK(blockInBoxes.hint.find("count") != std::string::npos);
    auto balanceOfBoxes = only(read("<layout output=\"a.pdf\"><section>\n<columns balance=\"yes\"><box/></columns>"
                                    "</section></layout>"),
                               "L113");
    CHECK(balanceOfBoxes.line == 2);
    auto zero = only(read("<layout output=\"a.pdf\"><section>\n<columns count=\"0\"/></section></layout>"), "L106");
    CHECK(zero.line == 2);
}

TEST_CASE("lengths, colours and widths convert to points and fractions", "[reader]") {
    using namespace layoutdef;
    CHECK(parseLength("12") == 12.0);
    CHECK(parseLength("1in") == 72.0);
    CHECK(parseLength("25.4mm").value() == Approx(72.0));
    CHECK_FALSE(parseLength("12px"));
    CHECK(parseColor("#fff")->r == 1.0);
    CHECK(parseColor("#1f4e79")->g == Approx(0x4e / 255.0));
    CHECK(parseWidth("15%")->percent);
    CHECK_FALSE(parseWidth("150%"));
    CHECK(parseMargins("1 2")->left == 2.0);
    CHECK(parsePageSize("A5")->width == Approx(419.528));
}


TEST_CASE("L106: a page master whose margins leave no room for content, at its margin", "[reader]") {
    auto d = only(read("<layout output=\"a.pdf\">\n<master name=\"m\" size=\"A5\"\n  margin=\"300pt 20mm\"/>\n</layout>"),
                  "L106");
    CHECK(d.line == 3);
    CHECK(d.column == 3);
    CHECK(d.message == "the margins of page master 'm' leave 306 x -4 pt for content, less than 36 pt each way");
    CHECK(read("<layout output=\"a.pdf\">\n<master name=\"m\" size=\"A5\" margin=\"20mm\"/>\n</layout>")
              .diagnostics.all()
              .empty());
}
