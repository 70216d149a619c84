#include <catch2/catch.hpp>

#include <map>
#include <regex>

#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

// A paragraph of `lines` lines at 10pt (line height 12.5) on a narrow page.
content::Paragraph lines(int count, const std::string& word) {
    std::string text;
    for (int i = 0; i < count; ++i) text += (i ? "\n" : "") + word + std::to_string(i + 1);
    content::Paragraph p = paragraph(text);
    p.style.spaceAfter = 0;
    return p;
}

}  // namespace

TEST_CASE("a paragraph never leaves a single line at the foot or the head of a page") {
    // Content box: 200 - 2*56 = 88pt = 7 lines of 12.5pt. 6 filler lines leave room for one more.
    SECTION("orphan: the first line alone would stay behind") {
        Diagnostics diagnostics;
        frame::Document doc = run(document({lines(6, "fill"), lines(4, "para")}, 200), diagnostics);
        CHECK(pageOf(doc, "para1") == 1);
        CHECK(pageOf(doc, "para2") == 1);
    }
    SECTION("widow: the last line alone would go to the next page") {
        Diagnostics diagnostics;
        // 3 filler lines + 5 lines: 4 would fit (7 - 3), leaving line 5 alone: line 4 moves too.
        frame::Document doc = run(document({lines(3, "fill"), lines(5, "para")}, 200), diagnostics);
        CHECK(pageOf(doc, "para3") == 0);
        CHECK(pageOf(doc, "para4") == 1);
        CHECK(pageOf(doc, "para5") == 1);
    }
}

TEST_CASE("a heading at the foot of a page moves to the next page with its text") {
    Diagnostics diagnostics;
    content::Heading h = heading("Regional Exchange", "regional");
    h.text.style.spaceBefore = 0;
    frame::Document doc = run(document({lines(6, "fill"), h, lines(3, "body")}, 200), diagnostics);
    CHECK(pageOf(doc, "fill6") == 0);
    CHECK(pageOf(doc, "Regional Exchange") == 1);
    CHECK(pageOf(doc, "body1") == 1);
    REQUIRE(doc.outline.size() == 1);
    CHECK(doc.outline[0].page == 1);
    CHECK(doc.outline[0].title == "Regional Exchange");
}

TEST_CASE("a 300-row table has its header on every page and every row exactly once") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({table("staff", 300, 3)}), diagnostics);
    REQUIRE(doc.pages.size() > 5);
    std::map<std::string, int> seen;
    for (const frame::Page& page : doc.pages) {
        const auto runs = textRuns(page);
        REQUIRE(runs.size() >= 3);
        // The header is the first thing on the page, above every body row.
        CHECK(runs[0]->text == "Head 1");
        CHECK(runs[1]->text == "Head 2");
        CHECK(runs[2]->text == "Head 3");
        for (const frame::TextRun* run : runs) ++seen[run->text];
        // Rows never go below the content box.
        for (const frame::TextRun* run : runs) CHECK(run->baseline < 841.89 - 56);
    }
    for (int r = 1; r <= 300; ++r)
        for (int c = 1; c <= 3; ++c) {
            INFO("row " << r << " column " << c);
            CHECK(seen["r" + std::to_string(r) + "c" + std::to_string(c)] == 1);
        }
    CHECK(seen["Head 1"] == static_cast<int>(doc.pages.size()));
    // No page holds a single row alone after the header.
    for (const frame::Page& page : doc.pages) CHECK(textRuns(page).size() >= 3 * 3);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a table never starts at a page foot with only its header and one or two rows") {
    Diagnostics diagnostics;
    // 5 filler lines (62.5pt) leave 25.5pt on a 88pt page: room for header + 0 rows of 20pt.
    // With 3 filler lines, 50.5pt: header + 1 row would fit, so the table must move.
    frame::Document doc = run(document({lines(3, "fill"), table("t", 6, 2)}, 200), diagnostics);
    CHECK(pageOf(doc, "fill3") == 0);
    CHECK(pageOf(doc, "Head 1") == 1);
    CHECK(pageOf(doc, "r1c1") == 1);
}

TEST_CASE("the last row of a table never stands alone on a page") {
    Diagnostics diagnostics;
    // Page holds header + 3 rows (80pt of 88pt); 4 rows: the 4th would be alone, so row 3 moves with it.
    frame::Document doc = run(document({table("t", 4, 2)}, 200), diagnostics);
    REQUIRE(doc.pages.size() == 2);
    CHECK(pageOf(doc, "r2c1") == 0);
    CHECK(pageOf(doc, "r3c1") == 1);
    CHECK(pageOf(doc, "r4c1") == 1);
    CHECK(pageText(doc.pages[1]).rfind("Head 1|Head 2|", 0) == 0);
}

TEST_CASE("a forced page break and page labels") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({paragraph("one"), content::PageBreak{}, paragraph("two")}), diagnostics);
    REQUIRE(doc.pages.size() == 2);
    CHECK(doc.pages[0].label == "1");
    CHECK(doc.pages[1].label == "2");
    CHECK(pageText(doc.pages[1]) == "two");
}

TEST_CASE("a 5,000-row table typesets") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({table("big", 5000, 5)}), diagnostics);
    std::size_t rows = 0;
    for (const frame::Page& page : doc.pages) rows += textRuns(page).size() / 5 - 1;
    CHECK(rows == 5000);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a section on another page master starts on a page of that master, even after a kept heading") {
    // The heading that ends the first section keeps with what follows; before, that pulled the
    // second section's first lines onto the first master's page, where its slices (cut to the
    // other master's height) could run past the foot.
    content::Document doc = document({paragraph("first"), heading("Ends the section", "end")});
    content::PageMaster small = doc.masters[0];
    small.name = "small";
    small.height = 300;
    doc.masters.push_back(small);
    content::Section second;
    second.title = "Second";
    second.master = "small";
    second.blocks.push_back(lines(3, "second"));
    doc.sections.push_back(second);
    Diagnostics diagnostics;
    frame::Document pages = run(doc, diagnostics);
    const int page = pageOf(pages, "second1");
    REQUIRE(page >= 0);
    CHECK(pages.pages[static_cast<std::size_t>(page)].height == 300);
    CHECK(pageOf(pages, "Ends the section") == 0);
}

TEST_CASE("a document with nothing to place is one empty page of its master, not a PDF without pages") {
    // Before, no page at all: the renderer refused the document (R206) with no place to show.
    Diagnostics diagnostics;
    SECTION("sections of page breaks and spacers only") {
        frame::Document pages = run(document({content::PageBreak{}, content::Spacer{40}}, 300, 200), diagnostics);
        REQUIRE(pages.pages.size() == 1);
        CHECK(pages.pages[0].height == 300);
        CHECK(pages.pages[0].width == 200);
        CHECK(textRuns(pages.pages[0]).empty());
    }
    SECTION("every section left out") {
        content::Document doc = document({}, 300, 200);
        doc.sections.clear();
        frame::Document pages = run(doc, diagnostics);
        REQUIRE(pages.pages.size() == 1);
        CHECK(pages.pages[0].height == 300);
    }
    CHECK(diagnostics.all().empty());
}
