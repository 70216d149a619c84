// D2xx: values that are missing or not of their column's type. Each diagnostic points at the
// attribute (or value element) that holds the bad value.

#include "ingest_fixture.h"

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

namespace {

// One events row: <row name="e" fiscal-year="2024" ATTRIBUTES/> on line 2. The attributes start at column 36.
ReadResult eventWith(const std::string& attributes) {
    return readText(exportOf("events", "  <row name=\"e\" fiscal-year=\"2024\" " + attributes + "/>\n"));
}

}  // namespace

TEST_CASE("D200: a required value that is missing or empty", "[ingest][diagnostics]") {
    SECTION("left out: the row is named, with a hint") {
        auto d = readText(exportOf("events", "  <row name=\"e\"/>\n")).only("D200");
        checkAt(d, "the row has no value for 'fiscal-year', which is required", 2, 3);
        CHECK(d.hint == "add fiscal-year=\"...\" (or mark the column optional in schema.xml)");
    }
    SECTION("written empty: the attribute is named") {
        auto d = readText(exportOf("events", "  <row name=\"e\" fiscal-year=\"  \"/>\n")).only("D200");
        CHECK(d.line == 2);
        CHECK(d.column == 17);
    }
    SECTION("an optional value may be left out") {
        CHECK(readText(exportOf("events", "  <row name=\"e\" fiscal-year=\"2024\"/>\n")).diagnostics.all().empty());
    }
}

TEST_CASE("D201: an integer that is not a whole number", "[ingest][diagnostics]") {
    auto d = eventWith("rank=\"1.5\"").only("D201");
    checkAt(d, "'rank' must be a whole number, got \"1.5\"", 2, 36);
}

TEST_CASE("D202: a count that is not a whole number of at least 0", "[ingest][diagnostics]") {
    auto result = readText(exportOf("jet-participants",
                                    "  <row fiscal-year=\"2024\" country=\"Thailand\" alt=\"0\" cir=\"8a\" sea=\"-2\"/>\n"));
    REQUIRE(result.codes() == std::vector<std::string>{"D202", "D202"});
    const Diagnostic& letters = result.diagnostics.all()[0];
    CHECK(formatDiagnostic(letters) ==
          "data/2025/test.xml:2:54: error[D202]: 'cir' must be a whole number of at least 0, or '-' for none, got \"8a\"");
    CHECK(result.diagnostics.all()[1].message ==
          "'sea' must be a whole number of at least 0, or '-' for none, got \"-2\"");
}

TEST_CASE("D203: a fiscal year that is not one", "[ingest][diagnostics]") {
    auto d = readText(exportOf("events", "  <row name=\"e\" fiscal-year=\"FY24\"/>\n")).only("D203");
    CHECK(d.message == "'fiscal-year' must be a fiscal year such as 2024 or FY2024, got \"FY24\"");
    CHECK(d.column == 17);
}

TEST_CASE("D204: a period that is not one, or runs backwards", "[ingest][diagnostics]") {
    auto bad = eventWith("period=\"95-21\"").only("D204");
    CHECK(bad.message == "'period' must be a year or a range of years, got \"95-21\"");
    CHECK(bad.hint == "write it as '95-'21, 1996-2018, '22 or 2019");
    CHECK(bad.column == 36);
    auto backwards = eventWith("period=\"2018-1996\"").only("D204");
    CHECK(backwards.message == "'period' ends before it starts: \"2018-1996\" is 2018 to 1996");
}

TEST_CASE("D205: a misspelt month, with the month meant", "[ingest][diagnostics]") {
    auto d = eventWith("month=\"Agust\"").only("D205");
    checkAt(d, "'month' must be a month (January to December, or Jan to Dec), got \"Agust\"", 2, 36);
    CHECK(d.hint == "did you mean 'August'?");
}

TEST_CASE("D206: an unknown country, with the closest name or alias", "[ingest][diagnostics]") {
    SECTION("a country column") {
        auto d = readText(exportOf("fairs", "  <row fair=\"f\" country=\"Thailnd\" month=\"May\"/>\n")).only("D206");
        checkAt(d, "unknown country \"Thailnd\" in 'country'", 2, 17);
        CHECK(d.hint == "did you mean 'Thailand'?");
    }
    SECTION("an alias is suggested when it is the closer spelling") {
        auto d = readText(exportOf("fairs", "  <row fair=\"f\" country=\"Brunei Darusalam\" month=\"May\"/>\n")).only("D206");
        CHECK(d.hint == "did you mean 'Brunei Darussalam'?");
    }
    SECTION("no hint when nothing is close") {
        auto d = readText(exportOf("fairs", "  <row fair=\"f\" country=\"Japan\" month=\"May\"/>\n")).only("D206");
        CHECK(d.hint.empty());
    }
    SECTION("an entry of a country list") {
        auto d = eventWith("countries=\"Singapore, Vietnma\"").only("D206");
        CHECK(d.message == "unknown country \"Vietnma\" in 'countries'");
        CHECK(d.hint == "did you mean 'Vietnam'?");
    }
}

TEST_CASE("D207: an empty entry in a country list", "[ingest][diagnostics]") {
    auto d = eventWith("countries=\"Singapore,, Vietnam\"").only("D207");
    CHECK(d.message == "'countries' has an empty entry in \"Singapore,, Vietnam\"");
    CHECK(d.column == 36);
}

TEST_CASE("D208: a web address that is not http(s)", "[ingest][diagnostics]") {
    auto d = eventWith("website=\"www.clair.org.sg\"").only("D208");
    CHECK(d.message == "'website' must be an http:// or https:// address, got \"www.clair.org.sg\"");
    CHECK(eventWith("website=\"http://www.clair.org.sg\"").diagnostics.all().empty());
}

TEST_CASE("D209: an e-mail address without @ or domain", "[ingest][diagnostics]") {
    auto d = eventWith("email=\"info.clair.org.sg\"").only("D209");
    CHECK(d.message == "'email' must be an e-mail address (name@domain), got \"info.clair.org.sg\"");
    CHECK(eventWith("email=\"info@clair\"").only("D209").column == 36);
}

TEST_CASE("D210: a text outside the values the schema allows", "[ingest][diagnostics]") {
    auto d = eventWith("status=\"hold\"").only("D210");
    CHECK(d.message == "'status' must be 'held' or 'scheduled', got \"hold\"");
    CHECK(d.hint == "did you mean 'held'?");
}

TEST_CASE("a value element is checked like an attribute, at the element", "[ingest][diagnostics]") {
    auto d = readText(exportOf("events", "  <row name=\"e\" fiscal-year=\"2024\">\n    <month>Agust</month>\n  </row>\n"))
                 .only("D205");
    CHECK(d.line == 3);
    CHECK(d.column == 5);
}
