// What bind does with query results and query parameters beyond the usual: text a query returns
// that cannot be printed (L208, at the layout's query), a damaged store (not the query's fault),
// and the @name and $name parameter spellings SQLite takes besides :name.

#include "bind/bind.h"
#include "fake_source.h"
#include "layoutdef/reader.h"

#include <catch2/catch.hpp>

using namespace brochure;
using test::v;

namespace {

layoutdef::LayoutDef layoutOf(const std::string& body) {
    Diagnostics diagnostics;
    auto layout = layoutdef::parseLayout("<layout output=\"out.pdf\">\n" + body + "\n</layout>", "layouts/t.xml",
                                         diagnostics);
    REQUIRE(layout);
    return *layout;
}

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& code) {
    for (const auto& d : diagnostics.all())
        if (d.code == code) return &d;
    return nullptr;
}

// A source whose every query throws `fault`.
class FailingSource : public QuerySource {
public:
    explicit FailingSource(Diagnostic fault) : fault_(std::move(fault)) {}
    ResultSet query(const std::string&, const Params&) const override { throw FatalError{fault_}; }

private:
    Diagnostic fault_;
};

}  // namespace

TEST_CASE("L208: text a query returns that cannot be printed is reported at the query, naming row and column",
          "[bind][text]") {
    const std::string table = "<section>\n  <table query=\"SELECT name FROM t\"><column field=\"name\"/></table></section>";
    for (const auto& [value, what] : std::vector<std::pair<std::string, std::string>>{
             {"ok\xEF\xBF\xBF", "the noncharacter U+FFFF (character 3 of the value)"},
             {"a\x01" "b", "the control character U+0001 (character 2 of the value)"},
             {"caf\xE9", "byte 0xE9, which is not UTF-8 (character 4 of the value)"},
             {"\xED\xA0\x80", "byte 0xED, which is not UTF-8 (character 1 of the value)"}}) {
        INFO(what);
        test::FakeSource source;
        source.answer("SELECT name", {{"name"}, {{v("Laos")}, {Value{value}}}});
        Diagnostics diagnostics;
        bind::bind(layoutOf(table), source, {}, diagnostics);
        const Diagnostic* d = find(diagnostics, "L208");
        REQUIRE(d);
        CHECK(d->file == "layouts/t.xml");
        CHECK(d->line == 3);
        CHECK(d->column == 10);
        CHECK(d->message == "the query of <table> returned text that cannot be printed: row 2, column 'name' holds " + what);
    }
}

TEST_CASE("text a query returns that can be printed passes, flag emoji and tabs included", "[bind][text]") {
    test::FakeSource source;
    source.answer("SELECT name", {{"name"}, {{v("\xF0\x9F\x87\xB8\xF0\x9F\x87\xAC Singapore\tand\nmore")}}});
    Diagnostics diagnostics;
    bind::bind(layoutOf("<section><table query=\"SELECT name FROM t\"><column field=\"name\"/></table></section>"), source,
               {}, diagnostics);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a damaged store is its own error, not the layout query's (no L201)", "[bind][store]") {
    FailingSource source({Severity::error, "S101", "build/store.sqlite", 0, 0, "the store file is damaged: x", "delete it"});
    Diagnostics diagnostics;
    try {
        bind::bind(layoutOf("<section><table query=\"SELECT a FROM t\"><column field=\"a\"/></table></section>"), source,
                   {}, diagnostics);
        FAIL("the store fault was swallowed");
    } catch (const FatalError& fatal) {
        CHECK(fatal.diagnostic.code == "S101");
        CHECK(fatal.diagnostic.file == "build/store.sqlite");
    }
    CHECK_FALSE(find(diagnostics, "L201"));
}

TEST_CASE("query parameters may be written :name, @name or $name (docs/data-format.md)", "[bind]") {
    test::FakeSource source;
    source.answer("SELECT", {{"a"}, {{v(1)}}});
    Diagnostics diagnostics;
    bind::bind(layoutOf("<section><table query=\"SELECT a FROM t WHERE y = $year AND c = @country AND d = :year "
                        "AND e = a$b\"><column field=\"a\"/></table></section>"),
               source, {{":year", std::int64_t{2025}}, {":country", std::string("Laos")}}, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : formatDiagnostic(diagnostics.all()[0])));
    CHECK_FALSE(diagnostics.hasErrors());
    REQUIRE(source.calls.size() == 1);
    const Params& bound = source.calls[0].second;
    CHECK(bound.size() == 3);  // a$b is a column name, not a parameter
    CHECK(bound.at("$year") == Value{std::int64_t{2025}});
    CHECK(bound.at("@country") == Value{std::string("Laos")});
    CHECK(bound.at(":year") == Value{std::int64_t{2025}});
}

TEST_CASE("L209: a QR code with empty data is reported at its data attribute, not as 'too long'", "[bind]") {
    test::FakeSource source;
    source.answer("SELECT url", {{"url"}, {{v("")}}});
    Diagnostics diagnostics;
    bind::bind(layoutOf("<section>\n<with query=\"SELECT url FROM t\">\n  <qr data=\"{url}\"/></with></section>"), source,
               {}, diagnostics);
    const Diagnostic* d = find(diagnostics, "L209");
    REQUIRE(d);
    CHECK(d->line == 4);
    CHECK(d->column == 7);
    CHECK(d->message == "the QR code's data is empty: there is nothing to encode");
}
