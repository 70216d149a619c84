// D3xx: duplicate rows and stated totals.

#include "ingest_fixture.h"

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

namespace {

const std::string jetRows =
    "  <row fiscal-year=\"2024\" country=\"Singapore\" alt=\"51\" cir=\"8\" sea=\"0\"/>\n"     // line 2
    "  <row fiscal-year=\"2024\" country=\"Philippine\" alt=\"334\" cir=\"5\" sea=\"-\"/>\n";  // line 3

// The jet rows, then `totals` from line 4.
ReadResult jetWithTotals(const std::string& totals) { return readText(exportOf("jet-participants", jetRows + totals)); }

}  // namespace

TEST_CASE("stated totals that match are silent", "[ingest][totals]") {
    auto result = jetWithTotals("  <total of=\"alt cir sea\" value=\"398\"/>\n"
                                "  <total of=\"alt\" country=\"Philippines\" value=\"334\"/>\n"
                                "  <total of=\"alt cir sea\" country=\"Philippine\" value=\"339\"/>\n"  // alias in the filter
                                "  <total of=\"sea\" value=\"\xE2\x80\x94\"/>\n");                      // — states zero
    INFO(result.dump());
    CHECK(result.diagnostics.all().empty());
}

TEST_CASE("D300: duplicate rows by key, naming both lines", "[ingest][diagnostics]") {
    SECTION("same key") {
        auto result = readText(exportOf("jet-participants", jetRows +
                                        "  <row fiscal-year=\"FY2024\" country=\"Philippines\" alt=\"1\" cir=\"1\" sea=\"1\"/>\n"));
        auto d = result.only("D300");
        CHECK(d.severity == Severity::warning);
        CHECK(d.message ==
              "duplicate row: the rows on lines 3 and 4 have the same key (fiscal-year=\"2024\", country=\"Philippines\")");
        CHECK(d.line == 4);
        CHECK(d.column == 3);
        CHECK_FALSE(result.diagnostics.hasErrors());
        CHECK(result.dataset->records.size() == 3);  // both kept
    }
    SECTION("a dataset without key columns compares whole rows") {
        auto result = readText(exportOf("fairs", "  <row fair=\"JTF\" country=\"Thailand\" month=\"Aug\"/>\n"
                                                 "  <row fair=\"JTF\" country=\"Thailand\" month=\"Sep\"/>\n"
                                                 "  <row fair=\"JTF\" country=\"Thailand\" month=\"August\"/>\n"));
        auto d = result.only("D300");
        CHECK(d.message ==
              "duplicate row: the rows on lines 2 and 4 are identical (fair=\"JTF\", country=\"Thailand\", month=\"August\")");
    }
    SECTION("a period written two ways is the same period") {
        auto result = readText(exportOf("seminar-participants",
                                        "  <row country=\"Thailand\" period=\"'22\" participants=\"1\"/>\n"
                                        "  <row country=\"Thailand\" period=\"2022\" participants=\"1\"/>\n"
                                        "  <row country=\"Thailand\" period=\"'22-'23\" participants=\"1\"/>\n"));
        auto d = result.only("D300");
        CHECK(d.line == 3);
        CHECK(d.message == "duplicate row: the rows on lines 2 and 3 have the same key (country=\"Thailand\", period=\"2022\")");
    }
}

TEST_CASE("D301: a stated total that differs from the rows names both numbers", "[ingest][diagnostics]") {
    auto d = jetWithTotals("  <total of=\"alt cir sea\" country=\"Singapore\" value=\"60\"/>\n").only("D301");
    CHECK(d.severity == Severity::error);
    checkAt(d, "the stated total of alt, cir and sea for country=\"Singapore\" is 60 but the rows add up to 59", 4, 3);
}

TEST_CASE("D302: a known discrepancy is a warning that still shows", "[ingest][diagnostics]") {
    auto result = jetWithTotals("  <total of=\"alt\" value=\"384\" discrepancy=\"the source prints 384\"/>\n");
    auto d = result.only("D302");
    CHECK(d.severity == Severity::warning);
    CHECK(d.message == "the stated total of alt is 384 but the rows add up to 385 (known discrepancy: the source prints 384)");
    CHECK(d.line == 4);
    CHECK_FALSE(result.diagnostics.hasErrors());
}

TEST_CASE("D303: a discrepancy note on a total that matches is stale", "[ingest][diagnostics]") {
    auto d = jetWithTotals("  <total of=\"alt\" value=\"385\" discrepancy=\"off by one\"/>\n").only("D303");
    CHECK(d.severity == Severity::warning);
    CHECK(d.message == "the stated total of alt is marked as a discrepancy, but it matches the rows (385)");
    CHECK(d.hint == "the note is stale: remove discrepancy=\"off by one\"");
}

TEST_CASE("D304: a malformed stated total", "[ingest][diagnostics]") {
    SECTION("no value") {
        auto d = jetWithTotals("  <total of=\"alt\"/>\n").only("D304");
        CHECK(d.message == "<total> needs a value=\"...\" attribute");
        CHECK(d.line == 4);
    }
    SECTION("a value that is not a number") {
        auto d = jetWithTotals("  <total of=\"alt\" value=\"many\"/>\n").only("D304");
        CHECK(d.message == "a stated total must be a whole number of at least 0, or '-' for none, got \"many\"");
        CHECK(d.column == 19);
    }
    SECTION("an attribute given twice") {
        auto d = jetWithTotals("  <total of=\"alt\" value=\"385\" value=\"384\"/>\n").only("D304");
        CHECK(d.message == "attribute 'value' is given twice on <total>");
        CHECK(d.column == 31);
    }
    SECTION("an empty discrepancy note") {
        auto d = jetWithTotals("  <total of=\"alt\" value=\"1\" discrepancy=\"\"/>\n").only("D304");
        CHECK(d.message == "discrepancy=\"\" must say why the stated total differs");
    }
}

TEST_CASE("D305: a stated total of a column that is not there or not a number", "[ingest][diagnostics]") {
    auto unknown = jetWithTotals("  <total of=\"alt cri\" value=\"1\"/>\n").only("D305");
    checkAt(unknown, "the stated total adds up 'cri', which is not a column of 'jet-participants'", 4, 10);
    CHECK(unknown.hint == "did you mean 'cir'?");
    auto text = jetWithTotals("  <total of=\"country\" value=\"1\"/>\n").only("D305");
    CHECK(text.message ==
          "the stated total adds up 'country', a country column; only count and integer columns can be added up");
}

TEST_CASE("D306: an unknown attribute on a stated total", "[ingest][diagnostics]") {
    auto d = jetWithTotals("  <total of=\"alt\" contry=\"Singapore\" value=\"51\"/>\n").only("D306");
    CHECK(d.message ==
          "unknown attribute 'contry' on <total>: neither of/value/discrepancy nor a column of 'jet-participants'");
    CHECK(d.hint == "did you mean 'country'?");
    CHECK(d.line == 4);
    CHECK(d.column == 19);
}

TEST_CASE("D307: a stated total whose filter matches no row", "[ingest][diagnostics]") {
    auto result = jetWithTotals("  <total of=\"alt\" country=\"Vietnam\" value=\"0\"/>\n");
    auto d = result.only("D307");
    CHECK(d.severity == Severity::warning);
    CHECK(d.message == "no row matches the stated total of alt for country=\"Vietnam\"");
    CHECK_FALSE(result.diagnostics.hasErrors());
}

TEST_CASE("a filter value of a stated total is checked like a cell", "[ingest][diagnostics]") {
    auto d = jetWithTotals("  <total of=\"alt\" country=\"Singapur\" value=\"51\"/>\n").only("D206");
    CHECK(d.hint == "did you mean 'Singapore'?");
    CHECK(d.column == 19);
}

TEST_CASE("totals are not compared when a row has a bad value (no misleading follow-up errors)", "[ingest][totals]") {
    auto result = readText(exportOf("jet-participants",
                                    "  <row fiscal-year=\"2024\" country=\"Singapore\" alt=\"5x\" cir=\"8\" sea=\"0\"/>\n"
                                    "  <total of=\"alt\" value=\"51\"/>\n"));
    CHECK(result.codes() == std::vector<std::string>{"D202"});
}
