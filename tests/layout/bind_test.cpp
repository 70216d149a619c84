// bind against canned rows: tables (totals, groups, merged cells, formats), conditional sections,
// placeholders, and every bind diagnostic with its location.

#include "bind/bind.h"
#include "content_text.h"
#include "fake_source.h"
#include "layoutdef/reader.h"

#include <catch2/catch.hpp>

using namespace brochure;
using test::v;

namespace {

struct Bound {
    content::Document document;
    Diagnostics diagnostics;
    std::string text;

    const Diagnostic* find(const std::string& code) const {
        for (const auto& d : diagnostics.all())
            if (d.code == code) return &d;
        return nullptr;
    }
};

layoutdef::LayoutDef layoutOf(const std::string& body) {
    Diagnostics diagnostics;
    auto layout = layoutdef::parseLayout("<layout output=\"out-{year}.pdf\" title=\"T {year}\">\n" + body + "\n</layout>",
                                         "layouts/t.xml", diagnostics);
    std::string all;
    for (const auto& d : diagnostics.all()) all += formatDiagnostic(d) + "\n";
    INFO(all);
    REQUIRE(layout);
    return *layout;
}

Bound bindBody(const std::string& body, const QuerySource& source, Params params = {{":year", std::int64_t{2025}}}) {
    auto layout = layoutOf(body);
    Bound b;
    b.document = bind::bind(layout, source, params, b.diagnostics);
    b.text = test::contentText(b.document);
    return b;
}

ResultSet jetRows() {
    return {{"country", "alt", "cir", "sea"},
            {{v("Singapore"), v(51), v(8), v(0)}, {v("Indonesia"), v(0), v(4), v(2)}, {v("Laos"), test::null(), v(1), v(0)}}};
}

const content::Table& firstTable(const content::Document& document) {
    for (const auto& section : document.sections)
        for (const auto& block : section.blocks)
            if (auto table = std::get_if<content::Table>(&block)) return *table;
    FAIL("no table");
    throw 0;
}

}  // namespace

TEST_CASE("a table shows its rows with computed totals and a header group", "[bind]") {
    test::FakeSource source;
    source.answer("jet", jetRows());
    auto b = bindBody(R"(<section title="JET"><table name="jet" query="SELECT * FROM jet">
  <column field="country" title="Country" total="label"/>
  <group title="Participants">
    <column field="alt" title="ALT" format="count" total="sum"/>
    <column field="cir" title="CIR" format="count" total="sum" empty="-"/>
  </group>
</table></section>)", source);
    CHECK(b.diagnostics.all().empty());
    const auto& table = firstTable(b.document);
    REQUIRE(table.rows.size() == 6);  // 2 header rows, 3 body rows, 1 total row
    CHECK(b.text.find("H | Country ^2 | Participants <2>") != std::string::npos);
    CHECK(b.text.find("H | ALT | CIR") != std::string::npos);
    CHECK(b.text.find("B | Laos |  | 1") != std::string::npos);  // NULL count without `empty` is blank
    CHECK(b.text.find("T | Total | 51 | 13") != std::string::npos);
    CHECK(table.rows.back().kind == content::RowKind::total);
    CHECK(table.columns[1].align == content::Align::right);  // numbers align right by default
}

TEST_CASE("merge='yes' turns repeated values into one cell spanning the rows", "[bind]") {
    test::FakeSource source;
    source.answer("seminars", {{"fy", "country"},
                               {{v(2024), v("Thailand")}, {v(2024), v("Indonesia")}, {v(2023), v("India")}}});
    auto b = bindBody(R"(<section><table query="SELECT * FROM seminars">
  <column field="fy" merge="yes"/><column field="country"/></table></section>)", source);
    const auto& table = firstTable(b.document);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[1].cells.size() == 2);
    CHECK(table.rows[1].cells[0].rowSpan == 2);
    CHECK(table.rows[2].cells.size() == 1);  // covered by the span from above
    CHECK(test::spansText(table.rows[2].cells[0].spans) == "Indonesia");
    CHECK(table.rows[3].cells[0].rowSpan == 1);
    CHECK_FALSE(table.rows[1].cells[0].keepRows);  // a merged group may break between its rows
}

TEST_CASE("keep='yes' on a merged column, flowing columns and the layout place of each block", "[bind]") {
    test::FakeSource source;
    source.answer("seminars", {{"fy", "country"}, {{v(2024), v("Thailand")}, {v(2024), v("Indonesia")}}});
    auto b = bindBody(R"(<section><table query="SELECT * FROM seminars">
  <column field="fy" merge="yes" keep="yes"/><column field="country"/></table>
  <columns count="3" balance="yes" gap="10"><paragraph>a</paragraph><paragraph>b</paragraph></columns></section>)",
                      source);
    const auto& table = firstTable(b.document);
    CHECK(table.rows[1].cells[0].keepRows);
    CHECK(table.source.line == 2);  // the <table> element (the layout's first line is <layout>)
    const auto& blocks = b.document.sections.at(0).blocks;
    REQUIRE(blocks.size() == 2);
    const auto& columns = std::get<content::Columns>(blocks[1]);
    CHECK(columns.count == 3);
    CHECK(columns.balance);
    CHECK(columns.gap == 10);
    REQUIRE(columns.columns.size() == 1);
    CHECK(columns.columns[0].size() == 2);
    CHECK(std::get<content::Paragraph>(columns.columns[0][1]).source.line == 4);
}

TEST_CASE("formats: counts with separators, percent, month, empty marks", "[bind]") {
    test::FakeSource source;
    source.answer("x", {{"n", "p", "m", "z"}, {{v(79000), Value{15.614}, v(2), test::null()}}});
    auto b = bindBody(R"(<section><table query="SELECT x">
  <column field="n" format="count"/><column field="p" format="percent"/>
  <column field="m" format="month"/><column field="z" format="count" empty="—"/></table></section>)", source);
    CHECK(b.text.find("B | 79,000 | 15.6% | February | —") != std::string::npos);
}

TEST_CASE("a data section whose queries return no rows is left out", "[bind][conditional]") {
    test::FakeSource source;
    source.answer("full", jetRows()).answer("nothing", {{"a"}, {}});
    auto b = bindBody(R"(<section title="Empty"><heading>Lonely heading</heading>
  <table query="SELECT * FROM nothing"><column field="a"/></table></section>
<section title="Always" when="always"><heading>Kept</heading>
  <table query="SELECT * FROM nothing"><column field="a"/></table></section>
<section title="Static"><paragraph>No data here</paragraph></section>
<section title="Mixed"><table query="SELECT * FROM nothing"><column field="a"/></table>
  <table query="SELECT * FROM full"><column field="country"/></table></section>)", source);
    CHECK(b.diagnostics.all().empty());
    CHECK(b.text.find("Lonely heading") == std::string::npos);
    CHECK(b.text.find("section Always") != std::string::npos);
    CHECK(b.text.find("section Static") != std::string::npos);
    CHECK(b.text.find("section Mixed") != std::string::npos);
    CHECK(b.document.sections.size() == 3);
}

TEST_CASE("L210: if-empty='warn' reports an empty table at its query", "[bind][conditional]") {
    test::FakeSource source;
    source.answer("SELECT 1", {{"a"}, {}});
    auto b = bindBody("<section>\n<table name=\"jet\" if-empty=\"warn\"\n query=\"SELECT 1\"><column field=\"a\"/></table></section>", source);
    const Diagnostic* d = b.find("L210");
    REQUIRE(d);
    CHECK(d->severity == Severity::warning);
    CHECK(d->line == 4);
    CHECK(d->message.find("'jet'") != std::string::npos);
    CHECK_FALSE(b.diagnostics.hasErrors());
}

TEST_CASE("L201: a query the store rejects is reported at the layout's query", "[bind]") {
    test::FakeSource source;
    auto b = bindBody("<section>\n  <table query=\"SELECT FAIL FROM jet\"><column field=\"a\"/></table></section>", source);
    const Diagnostic* d = b.find("L201");
    REQUIRE(d);
    CHECK(d->file == "layouts/t.xml");
    CHECK(d->line == 3);
    CHECK(d->column == 10);
    CHECK(d->message == "the query of <table> failed: no such column: FAIL");
}

TEST_CASE("L202: a query parameter the run does not have", "[bind]") {
    test::FakeSource source;
    auto b = bindBody("<section><table query=\"SELECT * FROM t WHERE country = :contry\"><column field=\"a\"/></table></section>",
                      source, {{":year", std::int64_t{2025}}, {":country", std::string("Laos")}});
    const Diagnostic* d = b.find("L202");
    REQUIRE(d);
    CHECK(d->message.find(":contry") != std::string::npos);
    CHECK(d->hint == "did you mean ':country'?");
    CHECK(source.calls.empty());  // never sent to the store half-bound
}

TEST_CASE("queries get exactly the parameters they name, bound, never spliced", "[bind]") {
    test::FakeSource source;
    bindBody("<section><table query=\"SELECT * FROM t WHERE _year = :year AND c = ':country'\"><column field=\"a\"/></table></section>",
             source, {{":year", std::int64_t{2025}}, {":country", std::string("Laos")}});
    REQUIRE(source.calls.size() == 1);
    CHECK(source.calls[0].second.size() == 1);  // ':country' inside quotes is a literal
    CHECK(source.calls[0].second.count(":year") == 1);
    CHECK(source.calls[0].first.find("2025") == std::string::npos);
}

TEST_CASE("L203: a field that is not a column of the query, with the closest column", "[bind]") {
    test::FakeSource source;
    source.answer("jet", jetRows());
    auto b = bindBody("<section><table query=\"SELECT * FROM jet\">\n  <column field=\"countyr\"/></table></section>", source);
    const Diagnostic* d = b.find("L203");
    REQUIRE(d);
    CHECK(d->line == 3);  // the layout's first line is <layout>
    CHECK(d->column == 11);
    CHECK(d->message == "'countyr' is not a column of the query");
    CHECK(d->hint == "did you mean 'country'?");
}

TEST_CASE("<with> makes a row's columns into {fields} - L204 for unknown ones", "[bind]") {
    test::FakeSource source;
    source.answer("office", {{"tel", "email"}, {{v("65-6224-7927"), v("info@clair.org.sg")}}});
    auto b = bindBody(R"(<section><with query="SELECT * FROM office">
  <paragraph>TEL {tel} in {year}</paragraph>
  <paragraph>Mail <a href="mailto:{email}">{email}</a> {{literal}</paragraph>
  <paragraph>{fax}</paragraph>
</with></section>)", source);
    CHECK(b.text.find("paragraph: TEL 65-6224-7927 in 2025") != std::string::npos);
    CHECK(b.text.find("paragraph: Mail info@clair.org.sg {literal}") != std::string::npos);
    const auto& section = b.document.sections.at(0);
    const auto& mail = std::get<content::Paragraph>(section.blocks.at(1));
    REQUIRE(mail.spans.size() >= 2);
    CHECK(mail.spans[1].link == "mailto:info@clair.org.sg");
    const Diagnostic* d = b.find("L204");
    REQUIRE(d);
    CHECK(d->line == 5);
    CHECK(d->message == "{fax} names no field or parameter here");
}

TEST_CASE("L205: prose with an unknown section or key - a photo key that does not exist", "[bind]") {
    test::FakeSource source;
    source.answer("FROM content", {{"key", "kind", "text"},
                                   {{v("jet.heading"), v("heading"), v("JET")},
                                    {v("jet.item1"), v("bullet"), v("one")},
                                    {v("jet.item2"), v("bullet"), v("two")},
                                    {v("jet.note"), v("note"), v("*note")}}});
    source.answer("FROM photos", {{"key", "file", "caption"}, {{v("jet.photo"), v("jet.jpg"), v("【JET】")}}});
    auto b = bindBody(R"(<section><prose section="jet" from="jet.item1"/>
<prose section="jet" to="jet.itme2"/>
<image photo="jet.phot"/></section>)", source);
    CHECK(b.text.find("- one\n  - two\n  paragraph: *note") != std::string::npos);  // one list of two items
    CHECK(b.text.find("heading") == std::string::npos);                         // from= skipped the heading
    std::vector<const Diagnostic*> found;
    for (const auto& d : b.diagnostics.all())
        if (d.code == "L205") found.push_back(&d);
    REQUIRE(found.size() == 2);
    CHECK(found[0]->line == 3);
    CHECK(found[0]->hint == "did you mean 'jet.item2'?");
    CHECK(found[1]->line == 4);
    CHECK(found[1]->hint == "did you mean 'jet.photo'?");
}

TEST_CASE("L207: a pivot over values that are not numbers", "[bind]") {
    test::FakeSource source;
    source.answer("p", {{"c", "s", "e", "n"}, {{v("Laos"), v(1995), v(2021), v("many")}}});
    auto b = bindBody("<section><pivot query=\"SELECT p\" row=\"c\" start=\"s\" end=\"e\" value=\"n\"/></section>", source);
    REQUIRE(b.find("L207"));
    CHECK(b.find("L207")->message.find("\"many\"") != std::string::npos);
}

TEST_CASE("plan: one job, or one per row of <jobs> - L220 for an output outside out/", "[bind][plan]") {
    test::FakeSource source;
    source.answer("country", {{"country", "slug"}, {{v("Sri Lanka"), v("sri-lanka")}, {v("Laos"), v("laos")}}});
    Diagnostics diagnostics;
    auto single = bind::plan(layoutOf(""), source, {{":year", std::int64_t{2025}}}, diagnostics);
    REQUIRE(single.size() == 1);
    CHECK(single[0].output == "out-2025.pdf");
    CHECK(single[0].title == "T 2025");

    auto handouts = layoutdef::parseLayout(
        R"(<layout output="handouts/{slug}.pdf" title="{country} {year}"><jobs query="SELECT name AS country, slug FROM country"/></layout>)",
        "h.xml", diagnostics);
    REQUIRE(handouts);
    auto jobs = bind::plan(*handouts, source, {{":year", std::int64_t{2025}}}, diagnostics);
    REQUIRE(jobs.size() == 2);
    CHECK(jobs[0].output == "handouts/sri-lanka.pdf");
    CHECK(jobs[0].title == "Sri Lanka 2025");
    CHECK(std::get<std::string>(jobs[0].params.at(":country")) == "Sri Lanka");
    CHECK(std::get<std::int64_t>(jobs[0].params.at(":year")) == 2025);
    CHECK(diagnostics.all().empty());

    auto escaping = layoutdef::parseLayout(R"(<layout output="../{year}.pdf"/>)", "e.xml", diagnostics);
    REQUIRE(escaping);
    CHECK(bind::plan(*escaping, source, {{":year", std::int64_t{2025}}}, diagnostics).empty());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "L220");
}

TEST_CASE("styles inherit from their parent and resolve to concrete values", "[bind][styles]") {
    test::FakeSource source;
    auto b = bindBody(R"(<style name="body" font="Noto Serif" size="10" color="#222222"/>
<style name="lead" parent="body" size="12" bold="yes" align="center" space-after="9pt"/>
<style name="h1" size="20" color="#1f4e79"/>
<section><paragraph style="lead">Lead</paragraph><heading level="1">Head</heading></section>)", source);
    const auto& blocks = b.document.sections.at(0).blocks;
    const auto& lead = std::get<content::Paragraph>(blocks.at(0));
    CHECK(lead.spans.at(0).style.families == std::vector<std::string>{"Noto Serif"});
    CHECK(lead.spans.at(0).style.size == 12);
    CHECK(lead.spans.at(0).style.bold);
    CHECK(lead.spans.at(0).style.color == content::Color{0x22 / 255.0, 0x22 / 255.0, 0x22 / 255.0});
    CHECK(lead.style.align == content::Align::center);
    CHECK(lead.style.spaceAfter == 9);
    const auto& heading = std::get<content::Heading>(blocks.at(1));
    CHECK(heading.text.spans.at(0).style.size == 20);
    CHECK(heading.text.spans.at(0).style.bold);         // from the built-in h1
    CHECK(heading.text.style.keepWithNext);             // a heading stays with what follows
    CHECK(heading.anchor == "head");
}

TEST_CASE("masters, metadata and inline markup", "[bind]") {
    test::FakeSource source;
    auto b = bindBody(R"(<metadata title="Doc {year}" author="Office"/>
<master name="page" size="A5" margin="10mm 20pt" background="#ffffff" header-rule="#d9822b">
  <header align="left">{section}</header><footer align="right">{page} / {pages}</footer>
</master>
<section master="page" page-break="yes"><paragraph>A <b>bold</b> and <i>italic <color value="#ff0000">red</color></i>
  word</paragraph></section>)", source);
    REQUIRE(b.document.masters.size() == 1);
    const auto& master = b.document.masters[0];
    CHECK(master.width == Approx(419.528));
    CHECK(master.marginTop == Approx(28.3465).epsilon(0.001));
    CHECK(master.marginLeft == 20);
    REQUIRE(master.footer.size() == 1);
    CHECK(master.footer[0].text == "{page} / {pages}");
    CHECK(master.footer[0].align == content::Align::right);
    CHECK(b.document.metadata.title == "Doc 2025");
    CHECK(b.document.metadata.author == "Office");
    CHECK(b.document.sections[0].pageBreakBefore);
    const auto& p = std::get<content::Paragraph>(b.document.sections[0].blocks.at(0));
    CHECK(test::spansText(p.spans) == "A bold and italic red word");
    REQUIRE(p.spans.size() == 6);
    CHECK(p.spans[1].style.bold);
    CHECK(p.spans[3].style.italic);
    CHECK(p.spans[4].style.color.r == 1.0);
    CHECK(p.spans[4].style.italic);
}

TEST_CASE("L207: a chart's value column that is not a number is an error at `value`, never zeros", "[bind][chart]") {
    test::FakeSource source;
    source.answer("FROM c", {{"country", "n"}, {{v("Laos"), v(4)}, {v("Brunei"), v("four")}, {v("Vietnam"), v(2)}}});
    auto b = bindBody("<section>\n<chart query=\"SELECT * FROM c\" label=\"country\"\n value=\"n\"/></section>", source);
    const Diagnostic* d = b.find("L207");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->line == 4);  // the value attribute
    CHECK(d->message == "the chart needs numbers in 'n'; row 2 ('Brunei') has \"four\"");
    CHECK(b.document.sections.empty());  // no chart of zeros

    test::FakeSource nulls;
    nulls.answer("FROM c", {{"country", "n"}, {{v("Laos"), test::null()}}});
    auto n = bindBody("<section><chart query=\"SELECT * FROM c\" label=\"country\" value=\"n\"/></section>", nulls);
    REQUIRE(n.find("L207"));
    CHECK(n.find("L207")->message == "the chart needs numbers in 'n'; row 1 ('Laos') has NULL");
    CHECK_THAT(n.find("L207")->hint, Catch::Contains("COALESCE"));
}

TEST_CASE("a chart keeps negative values and text that spells a number", "[bind][chart]") {
    test::FakeSource source;
    source.answer("FROM c", {{"k", "n"}, {{v("up"), v("12.5")}, {v("down"), v(-3)}}});
    auto b = bindBody("<section><chart query=\"SELECT * FROM c\" label=\"k\" value=\"n\"/></section>", source);
    CHECK(b.diagnostics.all().empty());
    const auto& chart = std::get<content::BarChart>(b.document.sections.at(0).blocks.at(0));
    CHECK(chart.values == std::vector<double>{12.5, -3});
}

TEST_CASE("headers and footers take parameters and job fields like a paragraph - L204 for unknown ones",
          "[bind][master]") {
    test::FakeSource source;
    auto b = bindBody(R"(<master name="page">
  <header align="left">{country} {year:text} - {section}</header>
  <footer align="right">{title}: {page} / {pages}</footer>
</master>
<section master="page"><paragraph>x</paragraph></section>)",
                      source, {{":year", std::int64_t{2025}}, {":country", std::string("Laos")}});
    CHECK(b.diagnostics.all().empty());
    const auto& master = b.document.masters.at(0);
    CHECK(master.header.at(0).text == "Laos 2025 - {section}");  // {section}: the typesetter's
    CHECK(master.footer.at(0).text == "{title}: {page} / {pages}");

    auto unknown = bindBody(R"(<master name="page">
  <footer align="right">{page} {yaer}</footer>
</master>
<section master="page"><paragraph>x</paragraph></section>)", source);
    const Diagnostic* d = unknown.find("L204");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->file == "layouts/t.xml");
    CHECK(d->line == 3);
    CHECK(d->message == "{yaer} names no field or parameter here");
    CHECK(d->hint == "did you mean 'year'?");
}

TEST_CASE("L206: a missing image is an error at the <image>, naming the photos row that gave the file",
          "[bind][image]") {
    test::FakeSource source;
    source.answer("FROM photos", {{"key", "file", "caption", "_file", "_line"},
                                  {{v("jet.photo"), v("no-such-photo.jpg"), v("JET"), v("data/2025/photos.xml"), v(7)}}});
    auto b = bindBody("<section>\n<image photo=\"jet.photo\"/>\n<image src=\"nowhere/missing.png\"/></section>", source);
    std::vector<const Diagnostic*> found;
    for (const auto& d : b.diagnostics.all())
        if (d.code == "L206") found.push_back(&d);
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == Severity::error);
    CHECK(found[0]->line == 3);
    CHECK_THAT(found[0]->message, Catch::Contains("no-such-photo.jpg' does not exist (named by the photos row "
                                                  "'jet.photo' at data/2025/photos.xml:7)"));
    CHECK(found[1]->severity == Severity::error);
    CHECK(found[1]->line == 4);
    CHECK_THAT(found[1]->message, Catch::EndsWith("missing.png' does not exist"));
}

TEST_CASE("max-bars folds the rows after the first N-1 into an explicit 'Other' bar", "[bind][chart]") {
    test::FakeSource source;
    source.answer("FROM c", {{"k", "n"}, {{v("a"), v(9)}, {v("b"), v(5)}, {v("c"), v(2)}, {v("d"), v(1)}}});
    auto b = bindBody("<section><chart query=\"SELECT * FROM c\" label=\"k\" value=\"n\" max-bars=\"3\"/></section>",
                      source);
    CHECK(b.diagnostics.all().empty());
    const auto& chart = std::get<content::BarChart>(b.document.sections.at(0).blocks.at(0));
    CHECK(chart.labels == std::vector<std::string>{"a", "b", "Other (2 more)"});
    CHECK(chart.values == std::vector<double>{9, 5, 3});
    auto all = bindBody("<section><chart query=\"SELECT * FROM c\" label=\"k\" value=\"n\" max-bars=\"4\"/></section>",
                        source);
    CHECK(std::get<content::BarChart>(all.document.sections.at(0).blocks.at(0)).labels.size() == 4);
}
