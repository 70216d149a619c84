// Golden layout traces: what a reader sees, position by position. Each case is small enough to
// check by eye when its golden file changes.

#include <catch2/catch.hpp>

#include "frame/trace.h"
#include "golden.h"
#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

// A narrow page (content box 200pt wide) so lines break often.
content::Document narrow(std::vector<content::Block> blocks, double height = 400) {
    content::Document doc = document(std::move(blocks), height, 300);
    return doc;
}

void checkTrace(const std::string& name, const content::Document& doc) {
    Diagnostics diagnostics;
    const frame::Document out = run(doc, diagnostics);
    std::string trace = frame::traceText(out);
    for (const Diagnostic& d : diagnostics.all()) trace += "diagnostic " + formatDiagnostic(d) + "\n";
    const std::string difference = compareGolden(name, trace);
    INFO(difference);
    CHECK(difference.empty());
}

content::Table spansTable() {
    // FY | Country | Participants (ALT, CIR) with a colSpan header and fiscal years spanning rows.
    content::Table t;
    t.name = "jet";
    t.columns = {{content::ColumnSpec::Width::automatic, 0, content::Align::center},
                 {content::ColumnSpec::Width::automatic, 0, content::Align::left},
                 {content::ColumnSpec::Width::automatic, 0, content::Align::right},
                 {content::ColumnSpec::Width::automatic, 0, content::Align::right}};
    t.style.inner.width = 0.5;
    t.style.outer.width = 1;
    t.style.stripeBackground = content::Color{0.95, 0.95, 0.95};
    t.style.totalBackground = content::Color{0.9, 0.9, 1};
    auto cell = [](std::string text, int colSpan = 1, int rowSpan = 1) {
        return content::TableCell{{span(std::move(text))}, colSpan, rowSpan, {}, {}};
    };
    t.rows.push_back({content::RowKind::header, {cell("FY", 1, 2), cell("Country", 1, 2), cell("Participants", 2)}});
    t.rows.push_back({content::RowKind::header, {cell("ALT"), cell("CIR")}});
    t.rows.push_back({content::RowKind::body, {cell("2024", 1, 3), cell("Singapore"), cell("51"), cell("8")}});
    t.rows.push_back({content::RowKind::body, {cell("Philippines"), cell("334"), cell("5")}});
    t.rows.push_back({content::RowKind::body, {cell("Vietnam"), cell("0"), cell("28")}});
    t.rows.push_back({content::RowKind::body, {cell("2023", 1, 2), cell("Thailand"), cell("0"), cell("6")}});
    t.rows.push_back({content::RowKind::body, {cell("Hà Nội (Việt Nam)"), cell("1"), cell("2")}});
    t.rows.push_back({content::RowKind::total, {cell("Total", 2), cell("386"), cell("49")}});
    return t;
}

}  // namespace

TEST_CASE("golden: Latin paragraph, left aligned") {
    checkTrace("latin", narrow({paragraph("The Council of Local Authorities for International Relations (CLAIR) was "
                                          "established in July 1988 in response to push for local level "
                                          "internationalization in Japan.")}));
}

TEST_CASE("golden: Vietnamese place names") {
    checkTrace("vietnamese", narrow({paragraph("Participants from Hà Nội, Đà Nẵng, Huế and Thành phố Hồ Chí Minh "
                                               "visited Nghệ An and Quảng Ninh.")}));
}

TEST_CASE("golden: Japanese with kinsoku") {
    checkTrace("japanese", narrow({paragraph("自治体国際化協会（クレア）は、地域の国際化を推進するため、一九八八年に設立"
                                             "された。シンガポール事務所は、ＡＳＥＡＮ諸国とインド、スリランカを担当している。")}));
}

TEST_CASE("golden: justified paragraph with a first-line indent") {
    content::Paragraph p = paragraph("CLAIR's headquarters are located in Tokyo with seven representative offices in "
                                     "New York, London, Paris, Singapore, Seoul, Sydney and Beijing.",
                                     10, content::Align::justify);
    p.style.firstLineIndent = 12;
    checkTrace("justify", narrow({p}));
}

TEST_CASE("golden: table with a colSpan header, rowSpan body cells and a total row") {
    checkTrace("table-spans", narrow({spansTable()}));
}

TEST_CASE("golden: table split over pages repeats its header") {
    checkTrace("table-split", narrow({heading("Staff", "staff"), table("staff", 14, 2)}, 260));
}
