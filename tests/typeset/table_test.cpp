#include <catch2/catch.hpp>

#include <map>

#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

content::TableCell cell(std::string text, int colSpan = 1, int rowSpan = 1) {
    return content::TableCell{{span(std::move(text))}, colSpan, rowSpan, {}, {}};
}

std::map<std::string, int> pagesOfRuns(const frame::Document& doc) {
    std::map<std::string, int> out;
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const frame::TextRun* run : textRuns(doc.pages[p])) out.emplace(run->text, static_cast<int>(p));
    return out;
}

const frame::TextRun* findRun(const frame::Document& doc, const std::string& text) {
    for (const frame::Page& page : doc.pages)
        for (const frame::TextRun* run : textRuns(page))
            if (run->text == text) return run;
    return nullptr;
}

// Column 1 `points` wide, column 2 `percent` of the table width.
void fixedAndPercent(content::Table& t, double points, double percent) {
    t.columns[0].widthKind = content::ColumnSpec::Width::fixed;
    t.columns[0].width = points;
    t.columns[1].widthKind = content::ColumnSpec::Width::percent;
    t.columns[1].width = percent;
}

}  // namespace

TEST_CASE("automatic columns share the width by content - numbers are right-aligned") {
    content::Table t = table("t", 2, 2);
    t.columns[1].align = content::Align::right;
    t.rows[1].cells[0].spans[0].text = "Ministry of Internal Affairs & Communication";
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}), diagnostics);
    const frame::TextRun* wide = findRun(doc, "Ministry of Internal Affairs & Communication");
    const frame::TextRun* number = findRun(doc, "r1c2");
    REQUIRE(wide);
    REQUIRE(number);
    // The long text stays on one line (its column got the room it needs)...
    CHECK(number->x > wide->x + wide->width);
    // ...and the right-aligned cell ends at the table's right edge minus the padding.
    CHECK(number->x + number->width == Approx(595.276 - 50 - 4));
}

TEST_CASE("fixed and percent columns take their widths") {
    content::Table t = table("t", 1, 3);
    fixedAndPercent(t, 100, 50);
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}), diagnostics);
    CHECK(findRun(doc, "r1c2")->x == Approx(50 + 100 + 4));
    CHECK(findRun(doc, "r1c3")->x == Approx(50 + 100 + 0.5 * 495.276 + 4));
}

TEST_CASE("cell text wraps inside its column and the row grows to hold it") {
    content::Table t = table("t", 2, 2);
    t.columns[0].widthKind = content::ColumnSpec::Width::fixed;
    t.columns[0].width = 80;
    t.rows[1].cells[0].spans[0].text = "Tochigi, Sano City (Tochigi), Tsumagoi Village (Gunma), Tokyo";
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}), diagnostics);
    const auto runs = textRuns(doc.pages[0]);
    int lines = 0;
    for (const frame::TextRun* run : runs)
        if (run->x < 50 + 80) {
            CHECK(run->x + run->width <= 50 + 80 - 4 + 1e-6);
            ++lines;
        }
    CHECK(lines >= 5);  // header + 4 or more lines of the long cell + the next row
    // The next row starts below the last line of the wrapped cell.
    const frame::TextRun* next = findRun(doc, "r2c1");
    double lastWrapped = 0;
    for (const frame::TextRun* run : runs)
        if (run->x < 50 + 80 && run != next && run->text != "Head 1") lastWrapped = std::max(lastWrapped, run->baseline);
    CHECK(next->baseline > lastWrapped + 10);
}

namespace {

// Three rows, then a 4-row group (the fiscal year spans 4 rows), then two more rows.
content::Table groupAfterThreeRows(bool keep) {
    content::Table t = table("t", 0, 2);
    for (int r = 0; r < 3; ++r) t.rows.push_back({content::RowKind::body, {cell("a" + std::to_string(r)), cell("b")}});
    content::TableCell label = cell("FY2024", 1, 4);
    label.keepRows = keep;
    t.rows.push_back({content::RowKind::body, {label, cell("g1")}});
    for (int r = 2; r <= 4; ++r) t.rows.push_back({content::RowKind::body, {cell("g" + std::to_string(r))}});
    t.rows.push_back({content::RowKind::body, {cell("z1"), cell("z")}});
    t.rows.push_back({content::RowKind::body, {cell("z2"), cell("z")}});
    return t;
}

}  // namespace

TEST_CASE("with keep a rowSpan group stays on one page when it fits") {
    Diagnostics diagnostics;
    // Content box 148pt: header 20 + 3 rows 60 leaves 68: not enough for the 80pt group.
    frame::Document doc = run(document({groupAfterThreeRows(true)}, 260), diagnostics);
    auto pages = pagesOfRuns(doc);
    CHECK(pages["a2"] == 0);
    CHECK(pages["FY2024"] == 1);
    CHECK(pages["g1"] == 1);
    CHECK(pages["g4"] == 1);
}

TEST_CASE("a rowSpan group that does not fit breaks between rows with its value repeated") {
    Diagnostics diagnostics;
    // 68pt left under the first three rows: g1..g3 fit (60pt); g4 and the last rows go on.
    frame::Document doc = run(document({groupAfterThreeRows(false)}, 260), diagnostics);
    REQUIRE(doc.pages.size() == 2);
    auto onPage = [&](std::size_t p, const std::string& text) {
        for (const frame::TextRun* run : textRuns(doc.pages[p]))
            if (run->text == text) return run;
        return static_cast<const frame::TextRun*>(nullptr);
    };
    CHECK(onPage(0, "g3"));
    REQUIRE(onPage(1, "g4"));
    // The label heads the group on both pages, level with the group's first row there.
    REQUIRE(onPage(0, "FY2024"));
    REQUIRE(onPage(1, "FY2024"));
    CHECK(onPage(1, "FY2024")->baseline == Approx(onPage(1, "g4")->baseline));
    CHECK(onPage(0, "FY2024")->baseline == Approx(onPage(0, "g1")->baseline));
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a rowSpan group taller than a page breaks between its rows, losing nothing") {
    content::Table t = table("t", 0, 2);
    t.rows.push_back({content::RowKind::body, {cell("FY2024", 1, 12), cell("g1")}});
    for (int r = 2; r <= 12; ++r) t.rows.push_back({content::RowKind::body, {cell("g" + std::to_string(r))}});
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}, 260), diagnostics);
    REQUIRE(doc.pages.size() >= 2);
    auto pages = pagesOfRuns(doc);
    for (int r = 1; r <= 12; ++r) CHECK(pages.count("g" + std::to_string(r)) == 1);
    CHECK(pages["FY2024"] == 0);
    for (const frame::Page& page : doc.pages) {
        CHECK(pageText(page).rfind("Head 1|Head 2", 0) == 0);
        // The label is repeated at the top of each continuation: a reader never loses it.
        CHECK(pageText(page).find("|FY2024|") != std::string::npos);
    }
}

TEST_CASE("a row taller than a page is split between lines with warning T202") {
    content::Table t = table("notes", 1, 2);
    std::string longText;
    for (int i = 1; i <= 40; ++i) longText += "line" + std::to_string(i) + "\n";
    longText.pop_back();
    t.rows[1].cells[1].spans[0].text = longText;
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}, 300), diagnostics);
    REQUIRE(doc.pages.size() >= 3);
    // Every line is there exactly once, and inside the content box of its page.
    std::map<std::string, int> count;
    for (const frame::Page& page : doc.pages)
        for (const frame::TextRun* run : textRuns(page)) {
            ++count[run->text];
            CHECK(run->baseline <= 300 - 56);
        }
    for (int i = 1; i <= 40; ++i) CHECK(count["line" + std::to_string(i)] == 1);
    CHECK(count["Head 1"] == static_cast<int>(doc.pages.size()));
    REQUIRE(hasCode(diagnostics, "T202"));
    CHECK(diagnostics.all()[0].message == "table 'notes', row 2 is taller than a page; it is split between lines");
}

TEST_CASE("fixed and percent columns: cells shaped while slicing, rowSpan groups and split rows lose nothing") {
    // No automatic column: no cell is measured before slicing, each group is shaped, planned
    // and freed as it is sliced.
    content::Table t = table("t", 0, 2);
    fixedAndPercent(t, 80, 60);
    for (int r = 1; r <= 5; ++r) t.rows.push_back({content::RowKind::body, {cell("a" + std::to_string(r)), cell("b")}});
    t.rows.push_back({content::RowKind::body, {cell("FY2024", 1, 12), cell("g1")}});
    for (int r = 2; r <= 12; ++r) t.rows.push_back({content::RowKind::body, {cell("g" + std::to_string(r))}});
    std::string longText;
    for (int i = 1; i <= 30; ++i) longText += "line" + std::to_string(i) + "\n";
    longText.pop_back();
    t.rows.push_back({content::RowKind::body, {cell("tall"), cell(longText)}});
    t.rows.push_back({content::RowKind::total, {cell("Total", 2)}});
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}, 260), diagnostics);
    REQUIRE(doc.pages.size() >= 3);
    std::map<std::string, int> count;
    for (const frame::Page& page : doc.pages) {
        CHECK(pageText(page).rfind("Head 1|Head 2", 0) == 0);
        for (const frame::TextRun* run : textRuns(page)) {
            ++count[run->text];
            CHECK(run->x >= 50 - 1e-9);
            CHECK(run->x + run->width <= 50 + 80 + 0.6 * 495.276 + 1e-6);
        }
    }
    for (int r = 1; r <= 5; ++r) CHECK(count["a" + std::to_string(r)] == 1);
    for (int r = 1; r <= 12; ++r) CHECK(count["g" + std::to_string(r)] == 1);
    for (int i = 1; i <= 30; ++i) CHECK(count["line" + std::to_string(i)] == 1);
    // The group's label heads it on each page it reaches.
    int groupPages = 0;
    for (const frame::Page& page : doc.pages) groupPages += pageText(page).find("|g") != std::string::npos ? 1 : 0;
    CHECK(count["FY2024"] == groupPages);
    CHECK(count["Total"] == 1);
    CHECK(count["b"] == 5);
    CHECK(hasCode(diagnostics, "T202"));
}

TEST_CASE("typeset consumes only the document it is given: a caller's copy keeps its table cells") {
    const content::Document doc = document({table("t", 3, 2)});
    Diagnostics diagnostics;
    frame::Document first = run(doc, diagnostics);
    const auto& kept = std::get<content::Table>(doc.sections[0].blocks[0]);
    REQUIRE(kept.rows.size() == 4);
    for (const content::TableRow& row : kept.rows) CHECK(row.cells.size() == 2);
    // The same document laid out again (from the intact copy) gives the same pages.
    frame::Document second = typeset::typeset(content::Document(doc), sharedFonts(), diagnostics);
    REQUIRE(second.pages.size() == first.pages.size());
    CHECK(pageText(second.pages[0]) == pageText(first.pages[0]));
}

TEST_CASE("a row with more cells than columns: warning T201, extra cells left out") {
    content::Table t = table("jet", 1, 2);
    t.rows[1].cells.push_back(cell("extra"));
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "T201");
    CHECK(diagnostics.all()[0].message ==
          "table 'jet', row 2 has more cells than the table's 2 columns; the extra cells are left out");
    CHECK(findRun(doc, "extra") == nullptr);
    CHECK(findRun(doc, "r1c2") != nullptr);
}

TEST_CASE("fixed columns wider than the frame: warning T203") {
    content::Table t = table("wide", 1, 2);
    for (auto& c : t.columns) {
        c.widthKind = content::ColumnSpec::Width::fixed;
        c.width = 400;
    }
    Diagnostics diagnostics;
    run(document({t}), diagnostics);
    REQUIRE(hasCode(diagnostics, "T203"));
    CHECK(diagnostics.all()[0].message == "the fixed and percent columns of table 'wide' are wider than the frame");
}

TEST_CASE("header background, stripes and total row style") {
    content::Table t = table("t", 3, 1);
    t.style.headerBackground = {0.1, 0.2, 0.3};
    t.style.stripeBackground = content::Color{0.9, 0.9, 0.9};
    t.style.totalBackground = content::Color{1, 1, 0};
    t.rows.push_back({content::RowKind::total, {cell("Total")}});
    Diagnostics diagnostics;
    frame::Document doc = run(document({t}), diagnostics);
    std::vector<frame::Color> fills;
    for (const frame::Item& item : doc.pages[0].items)
        if (auto r = std::get_if<frame::Rect>(&item)) fills.push_back(r->fill);
    REQUIRE(fills.size() == 3);  // header, second body row, total
    CHECK(fills[0] == frame::Color{0.1, 0.2, 0.3});
    CHECK(fills[1] == frame::Color{0.9, 0.9, 0.9});
    CHECK(fills[2] == frame::Color{1, 1, 0});
}
