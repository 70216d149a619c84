// Nothing lost on the page: content taller than the rest of a page (or than a whole page) is
// split where a reader expects it and every word lands inside its page's content box; what no
// rule can place is a located error.

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "core/limits.h"
#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

// The page master of fixture::document: A4 width, 56pt top and bottom, 50pt left and right.
constexpr double kMargin = 56, kSide = 50, kWidth = 595.276;

// "w1 w2 ... wN": every word tells where it came from.
std::string words(int count, const std::string& prefix = "w") {
    std::string text;
    for (int i = 1; i <= count; ++i) text += (i > 1 ? " " : "") + prefix + std::to_string(i);
    return text;
}

// How often each word appears on the pages (text runs split at spaces).
std::map<std::string, int> wordCounts(const frame::Document& doc) {
    std::map<std::string, int> seen;
    for (const frame::Page& page : doc.pages)
        for (const frame::TextRun* run : textRuns(page)) {
            std::istringstream in(run->text);
            for (std::string word; in >> word;) ++seen[word];
        }
    return seen;
}

void requireEveryWordOnce(const frame::Document& doc, int count, const std::string& prefix = "w") {
    const std::map<std::string, int> seen = wordCounts(doc);
    int missing = 0, doubled = 0;
    for (int i = 1; i <= count; ++i) {
        auto it = seen.find(prefix + std::to_string(i));
        if (it == seen.end()) ++missing;
        else if (it->second > 1) ++doubled;
    }
    CHECK(missing == 0);
    CHECK(doubled == 0);
}

// Every text run lies inside its page's content box.
void requireInsideContentBox(const frame::Document& doc) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const frame::TextRun* run : textRuns(doc.pages[p])) {
            INFO("page " << p + 1 << ": " << run->text);
            CHECK(run->baseline > kMargin);
            CHECK(run->baseline <= doc.pages[p].height - kMargin + 0.75);
            CHECK(run->x >= kSide - 0.75);
            CHECK(run->x + run->width <= kWidth - kSide + 0.75);
        }
}

content::Paragraph filler(int lines) {
    std::string text;
    for (int i = 0; i < lines; ++i) text += (i ? "\n" : "") + std::string("filler");
    return paragraph(text);
}

// A table with one header row and one body row whose second cell holds `text`.
content::Table tallRowTable(const std::string& text) {
    content::Table t = table("notes", 1, 2);
    t.columns[0] = {content::ColumnSpec::Width::fixed, 100, content::Align::left};
    t.rows[1].cells[1].spans = {span(text)};
    return t;
}

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& code) {
    for (const Diagnostic& d : diagnostics.all())
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a table row taller than a page keeps every line, the header on each page") {
    // 3,000 words, starting half way down the first page: before, the piece that did not fit
    // the rest of that page was placed anyway and ran off its foot (252-660 words lost).
    Diagnostics diagnostics;
    frame::Document doc = run(document({filler(30), tallRowTable(words(3000))}), diagnostics);
    REQUIRE(doc.pages.size() >= 3);
    requireEveryWordOnce(doc, 3000);
    requireInsideContentBox(doc);
    // The header opens every page the row goes on to.
    for (std::size_t p = 1; p < doc.pages.size(); ++p) CHECK(textRuns(doc.pages[p]).front()->text == "Head 1");
    CHECK(hasCode(diagnostics, "T202"));
    CHECK_FALSE(diagnostics.hasErrors());
}

TEST_CASE("list items and paragraphs longer than a page break between lines") {
    Diagnostics diagnostics;
    content::List list;
    list.items.push_back(paragraph(words(1500, "a")));
    list.items.push_back(paragraph(words(1500, "b")));
    frame::Document doc = run(document({filler(20), list, paragraph(words(2000, "p"))}), diagnostics);
    requireEveryWordOnce(doc, 1500, "a");
    requireEveryWordOnce(doc, 1500, "b");
    requireEveryWordOnce(doc, 2000, "p");
    requireInsideContentBox(doc);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a box longer than the rest of the page goes on in its own column on the next page") {
    // Before, the boxes were one slice that did not break: 3,000 words ran off the page.
    Diagnostics diagnostics;
    content::Columns columns;
    columns.columns.resize(2);
    columns.columns[0].push_back(paragraph(words(3000)));
    columns.columns[1].push_back(paragraph(words(40, "right")));
    content::List list;
    list.items.push_back(paragraph(words(1500, "item")));
    columns.columns[1].push_back(list);
    frame::Document doc = run(document({filler(10), columns, paragraph("after")}), diagnostics);
    REQUIRE(doc.pages.size() >= 3);
    requireEveryWordOnce(doc, 3000);
    requireEveryWordOnce(doc, 40, "right");
    requireEveryWordOnce(doc, 1500, "item");
    requireInsideContentBox(doc);
    // Each box stays in its own column on every page; the text after starts below them.
    const double columnRight = kSide + (kWidth - 2 * kSide - 18) / 2;
    for (const frame::Page& page : doc.pages)
        for (const frame::TextRun* run : textRuns(page)) {
            if (run->text.rfind("w", 0) == 0) CHECK(run->x + run->width <= columnRight + 0.75);
            if (run->text.rfind("item", 0) == 0) CHECK(run->x >= columnRight + 18 - 0.75);
        }
    const auto lastRuns = textRuns(doc.pages.back());
    CHECK(lastRuns.back()->text == "after");
    CHECK(diagnostics.all().empty());
}

TEST_CASE("flowing columns: the blocks flow from column to column and page to page") {
    Diagnostics diagnostics;
    content::Columns columns;
    columns.count = 2;
    columns.columns.resize(1);
    columns.columns[0].push_back(heading("Flowing", "flowing"));
    columns.columns[0].push_back(paragraph(words(3000)));
    columns.columns[0].push_back(tallRowTable(words(300, "cell")));
    frame::Document doc = run(document({filler(5), columns, paragraph("after")}), diagnostics);
    requireEveryWordOnce(doc, 3000);
    requireEveryWordOnce(doc, 300, "cell");
    requireInsideContentBox(doc);
    // Both columns of the first page hold text.
    const double columnRight = kSide + (kWidth - 2 * kSide - 18) / 2;
    bool left = false, right = false;
    for (const frame::TextRun* run : textRuns(doc.pages.front())) {
        if (run->text.rfind("w", 0) != 0) continue;
        (run->x < columnRight ? left : right) = true;
    }
    CHECK(left);
    CHECK(right);
    CHECK(textRuns(doc.pages.back()).back()->text == "after");
    CHECK_FALSE(diagnostics.hasErrors());  // T202: the 300-word cell is taller than a page
}

TEST_CASE("balanced flowing columns end even on their last page") {
    Diagnostics diagnostics;
    content::Columns columns;
    columns.count = 2;
    columns.balance = true;
    columns.columns.resize(1);
    columns.columns[0].push_back(paragraph(words(400)));
    frame::Document doc = run(document({columns}), diagnostics);
    REQUIRE(doc.pages.size() == 1);
    requireEveryWordOnce(doc, 400);
    const double columnRight = kSide + (kWidth - 2 * kSide - 18) / 2;
    double leftFoot = 0, rightFoot = 0;
    for (const frame::TextRun* run : textRuns(doc.pages.front()))
        (run->x < columnRight ? leftFoot : rightFoot) = std::max(run->x < columnRight ? leftFoot : rightFoot, run->baseline);
    CHECK(rightFoot > 0);
    CHECK(std::abs(leftFoot - rightFoot) <= 12.5 + 0.1);  // at most one line apart
    CHECK(leftFoot < 841.89 / 2);                         // not the whole page then a stub
    CHECK(diagnostics.all().empty());
}

namespace {

// A register: `groups` merged groups of `size` rows, the first column spanning each group.
content::Table registerTable(int groups, int size, bool keep) {
    content::Table t = table("register", 0, 2);
    for (int g = 1; g <= groups; ++g)
        for (int r = 1; r <= size; ++r) {
            content::TableRow row;
            if (r == 1) {
                content::TableCell label{{span("FY" + std::to_string(g))}, 1, size, {}, {}, keep};
                row.cells.push_back(label);
            }
            row.cells.push_back({{span("g" + std::to_string(g) + "r" + std::to_string(r))}, 1, 1, {}, {}, false});
            t.rows.push_back(std::move(row));
        }
    return t;
}

}  // namespace

TEST_CASE("a merged group that does not fit breaks between rows, its value repeated on top") {
    // 240 rows in groups of 40: before, each group that did not fit the rest of a page moved
    // whole to the next one, leaving half-empty pages.
    Diagnostics diagnostics;
    frame::Document doc = run(document({registerTable(6, 40, false)}), diagnostics);
    // 20pt rows: (841.89 - 112 - 20) / 20 = 35 rows a page under the header.
    CHECK(doc.pages.size() == 7);
    requireInsideContentBox(doc);
    for (std::size_t p = 1; p < doc.pages.size(); ++p) {
        const auto runs = textRuns(doc.pages[p]);
        REQUIRE(runs.size() >= 3);
        CHECK(runs[0]->text == "Head 1");
        // The first body row's group label is on the page, level with that row.
        const std::string firstRow = runs[2]->text.rfind("FY", 0) == 0 ? runs[3]->text : runs[2]->text;
        const std::string group = firstRow.substr(1, firstRow.find('r') - 1);
        bool labelled = false;
        for (const frame::TextRun* run : runs) labelled = labelled || run->text == "FY" + group;
        INFO("page " << p + 1 << " starts with row " << firstRow);
        CHECK(labelled);
    }
    for (int g = 1; g <= 6; ++g)
        for (int r = 1; r <= 40; ++r) CHECK(pageOf(doc, "g" + std::to_string(g) + "r" + std::to_string(r)) >= 0);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("keep='yes' keeps a merged group on one page when it fits one") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({registerTable(6, 20, true)}), diagnostics);
    for (int g = 1; g <= 6; ++g) {
        INFO("group " << g);
        CHECK(pageOf(doc, "g" + std::to_string(g) + "r1") == pageOf(doc, "g" + std::to_string(g) + "r20"));
    }
    CHECK(diagnostics.all().empty());
}

TEST_CASE("T602: a part taller than a page is a located error, not content off the page") {
    Diagnostics diagnostics;
    content::Paragraph huge = paragraph("Huge", 900);
    huge.source = {12, 7};
    frame::Document doc = run(document({paragraph("before"), huge}), diagnostics);
    const Diagnostic* d = find(diagnostics, "T602");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->line == 12);
    CHECK(d->column == 7);
    CHECK(d->message.find("<paragraph> \"Huge\"") != std::string::npos);
}

TEST_CASE("T603: table columns wider than the page are a located error, not cut off") {
    Diagnostics diagnostics;
    content::Table t = table("wide", 3, 2);
    t.columns[0] = {content::ColumnSpec::Width::fixed, 400, content::Align::left};
    t.columns[1] = {content::ColumnSpec::Width::fixed, 400, content::Align::left};
    t.source = {30, 5};
    run(document({t}), diagnostics);
    const Diagnostic* d = find(diagnostics, "T603");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->line == 30);
    CHECK(d->message.find("<table 'wide'>") != std::string::npos);
}

TEST_CASE("T304: a bar chart whose title, axis and one bar do not fit a page is a located error") {
    Diagnostics diagnostics;
    content::BarChart chart;
    chart.title = "Participants";
    chart.labels = {"a", "b"};
    chart.values = {1, 2};
    chart.source = {21, 9};
    run(document({chart}, 150), diagnostics);  // a 38pt content box
    const Diagnostic* d = find(diagnostics, "T304");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->line == 21);
    CHECK(d->column == 9);
    CHECK(d->message.find("bar chart 'Participants'") != std::string::npos);
}

TEST_CASE("T302: QR code data that cannot be encoded is a located error") {
    Diagnostics diagnostics;
    content::QrCode qr;
    qr.data = std::string(3000, 'x');
    qr.source = {17, 4};
    run(document({qr}), diagnostics);
    const Diagnostic* d = find(diagnostics, "T302");
    REQUIRE(d);
    CHECK(d->line == 17);
    CHECK(d->column == 4);
}

namespace {

// limits.pages set to `pages` for one test.
class PageLimit {
public:
    explicit PageLimit(int pages) : saved_(limits()) {
        Limits changed = saved_;
        changed.maxPages = pages;
        setLimits(changed);
    }
    ~PageLimit() { setLimits(saved_); }

private:
    const Limits saved_;
};

}  // namespace

TEST_CASE("A404: the page limit stops typesetting as soon as it is passed") {
    const PageLimit limit(3);
    Diagnostics diagnostics;
    content::Table t = table("runaway", 3000, 2);
    t.source = {9, 3};
    frame::Document doc = run(document({t}), diagnostics);
    const Diagnostic* d = find(diagnostics, "A404");
    REQUIRE(d);
    CHECK(d->line == 9);
    CHECK(doc.pages.size() <= 3);
}

TEST_CASE("A404: the page limit counts a table in two flowing columns as the pages it fills") {
    const PageLimit limit(3);
    Diagnostics diagnostics;
    // 160 rows of 20pt: 4.4 pages in one column, under 3 pages in two.
    content::Columns columns;
    columns.count = 2;
    columns.columns.resize(1);
    columns.columns[0].push_back(table("two-up", 160, 2));
    frame::Document doc = run(document({columns}), diagnostics);
    CHECK_FALSE(hasCode(diagnostics, "A404"));
    CHECK(doc.pages.size() == 3);
    requireInsideContentBox(doc);
}

TEST_CASE("T602: a merged value taller than a page is a located error") {
    Diagnostics diagnostics;
    content::Table t = table("register", 0, 2);
    std::string label;
    for (int i = 0; i < 12; ++i) label += (i ? "\n" : "") + std::string("label") + std::to_string(i);
    t.rows.push_back({content::RowKind::body, {{{span(label)}, 1, 3, {}, {}, false}, {{span("a")}, 1, 1, {}, {}, false}}});
    t.rows.push_back({content::RowKind::body, {{{span("b")}, 1, 1, {}, {}, false}}});
    t.rows.push_back({content::RowKind::body, {{{span("c")}, 1, 1, {}, {}, false}}});
    t.source = {4, 2};
    run(document({t}, 200), diagnostics);  // 88pt of content: 12 lines do not fit
    const Diagnostic* d = find(diagnostics, "T602");
    REQUIRE(d);
    CHECK(d->line == 4);
    CHECK(d->message == "table 'register', row 2: the merged value is 152pt tall, taller than a page; it cannot be placed");
    CHECK(diagnostics.errorCount() == 1);  // not reported again as reaching past the page's foot
}
