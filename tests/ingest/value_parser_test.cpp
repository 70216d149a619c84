// The value types of docs/data-format.md, parsed as a person writes them.

#include "ingest/typed_text.h"
#include "ingest/value_parser.h"
#include "ingest_fixture.h"

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

TEST_CASE("periods: two-digit years, four-digit years, single years", "[ingest][types]") {
    CHECK(parsePeriod("'95-'21") == YearRange{1995, 2021});
    CHECK(parsePeriod("1996-2018") == YearRange{1996, 2018});
    CHECK(parsePeriod("'22") == YearRange{2022, 2022});
    CHECK(parsePeriod("2019") == YearRange{2019, 2019});
    // 'YY: 50 and above are the 1900s, below 50 the 2000s.
    CHECK(parsePeriod("'50") == YearRange{1950, 1950});
    CHECK(parsePeriod("'49") == YearRange{2049, 2049});
    // Typographic apostrophes and an en dash, as word processors write them.
    CHECK(parsePeriod("\xE2\x80\x99" "95\xE2\x80\x93\xE2\x80\x99" "21") == YearRange{1995, 2021});
    CHECK(parsePeriod("1996 - 2018") == YearRange{1996, 2018});
    CHECK_FALSE(parsePeriod("95-21"));
    CHECK_FALSE(parsePeriod("'5"));
    CHECK_FALSE(parsePeriod("1996-"));
    CHECK_FALSE(parsePeriod("FY2019"));
}

TEST_CASE("months: full names and abbreviations, any case", "[ingest][types]") {
    CHECK(parseMonth("January") == 1);
    CHECK(parseMonth("Aug") == 8);
    CHECK(parseMonth("december") == 12);
    CHECK(parseMonth("Sept") == 9);
    CHECK_FALSE(parseMonth("Agust"));
    CHECK_FALSE(parseMonth("13"));
}

TEST_CASE("counts and fiscal years", "[ingest][types]") {
    CHECK(isNoneMark("-"));
    CHECK(isNoneMark("\xE2\x80\x94"));  // —
    CHECK_FALSE(isNoneMark("0"));
    CHECK(parseWholeNumber("14") == 14);
    CHECK(parseWholeNumber("-3") == -3);
    CHECK_FALSE(parseWholeNumber("8a"));
    CHECK_FALSE(parseWholeNumber("99999999999999999999"));  // too large: an error, not a wrapped number
    CHECK(parseFiscalYear("2024") == 2024);
    CHECK(parseFiscalYear("FY2024") == 2024);
    CHECK_FALSE(parseFiscalYear("24"));
    CHECK_FALSE(parseFiscalYear("FY"));
}

TEST_CASE("a count written '-' or '—' is stored as NULL, a number as a number", "[ingest][types]") {
    Column count{"alt", "alt", ColumnType::count, false, false, {}, 0};
    CHECK(isNull(parseValue(count, "-", testCatalog()).cell.value));
    CHECK(isNull(parseValue(count, "\xE2\x80\x94", testCatalog()).cell.value));
    CHECK(parseValue(count, "0", testCatalog()).cell.value == Value{std::int64_t{0}});
    CHECK(parseValue(count, "-1", testCatalog()).problem->code == "D202");
}

TEST_CASE("country aliases are stored as the canonical name", "[ingest][countries]") {
    const Catalog& catalog = testCatalog();
    REQUIRE(catalog.country("Philippine"));
    CHECK(catalog.country("Philippine")->name == "Philippines");
    CHECK(catalog.country("Brunei Darussalam")->name == "Brunei");
    CHECK(catalog.country("viet nam")->name == "Vietnam");  // case and spacing do not matter
    CHECK(catalog.country("  Sri   Lanka ")->name == "Sri Lanka");
    CHECK(catalog.country("Japan") == nullptr);

    Column list{"countries", "countries", ColumnType::countryList, false, false, {}, 0};
    ParsedValue parsed = parseValue(list, "Singapore, Viet Nam,Philippine", catalog);
    REQUIRE_FALSE(parsed.problem);
    CHECK(parsed.cell.value == Value{std::string("Singapore, Vietnam, Philippines")});
    CHECK(countryListItems(parsed.cell) == std::vector<std::string>{"Singapore", "Vietnam", "Philippines"});
}

TEST_CASE("white space in values: trimmed, and wrapped lines joined", "[ingest][types]") {
    CHECK(normalizeSpace("  A long text\n      wrapped over lines.\n  ") == "A long text wrapped over lines.");
    CHECK(normalizeSpace(" \t\n").empty());
}
