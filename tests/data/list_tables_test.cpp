// The list tables of the source (one record per line): every cell read back from the store.
// Where the source packs two columns into one cell ("Thailand (online)", "Indonesia (Jakarta)",
// "... officials (Singapore, Malaysia)") the test splits the printed cell the same way the
// exports do, so a transcription slip in either part shows here.

#include "ingested_data.h"
#include "reference_check.h"

#include <catch2/catch.hpp>

#include <array>
#include <cctype>

using namespace brochure::testdata;

namespace {

// The body of a source table: its lines after the header.
std::vector<Cells> bodyOf(const SourceTable& table) { return {table.lines.begin() + 1, table.lines.end()}; }

// The source leaves the FY cell empty on the lines that continue the year above.
std::string carriedFiscalYear(const Cells& line, std::string& current) {
    if (!line.at(0).empty()) current = line[0];
    return current;
}

std::string lowerCase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string monthNumber(const std::string& name) {
    static const std::array<const char*, 12> months = {"January", "February", "March",     "April",   "May",      "June",
                                                       "July",    "August",   "September", "October", "November", "December"};
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (name == months[i]) return std::to_string(i + 1);
    }
    FAIL_CHECK("not a month: " << name);
    return {};
}

}  // namespace

TEST_CASE("organizational structure: every staff line and the stated head counts", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    for (const Cells& line : bodyOf(reference->table("Title\tNo.\tDispatched from"))) {
        const bool local = line.at(0) == "Local Staff";
        expected.push_back({line[0], line.at(1), line.size() > 2 && !line[2].empty() ? line[2] : "NULL",
                            local ? "Local" : "Japan"});
    }
    REQUIRE(expected.size() == 6);
    checkSameRows(queryCells("SELECT title, staff, dispatched_from, origin FROM staff WHERE _year = 2025 ORDER BY _seq"),
                  expected);

    // "Our office consists of 20 staff dispatched from Japan and 5 local staff."
    bool found = false;
    for (const SourceLine& line : reference->proseLines()) {
        const auto counts = matchPattern(line.text, "Our office consists of {} staff dispatched from Japan and {} local staff.");
        if (!counts) continue;
        found = true;
        checkSameRows(queryCells("SELECT origin, SUM(staff) FROM staff WHERE _year = 2025 GROUP BY origin ORDER BY origin"),
                      {{"Japan", counts->at(0)}, {"Local", counts->at(1)}});
    }
    CHECK(found);
}

TEST_CASE("regional exchange programme: every city of previous years and the scheduled one", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    // "*Scheduled to be held in India (Delhi and Mumbai) in FY2025" comes first in the source.
    for (const SourceLine& line : reference->proseLines()) {
        const auto scheduled = matchPattern(line.text, "*Scheduled to be held in {} in FY{}");
        if (!scheduled) continue;
        const Qualified place = splitTrailingParenthesis(scheduled->at(0));
        expected.push_back({scheduled->at(1), place.name, place.qualifier, "scheduled"});
    }
    REQUIRE(expected.size() == 1);
    // "Hanoi (Vietnam) /Bangkok (Thailand)": one record per country; a city without a country
    // in parentheses is the city-state itself ("Singapore").
    for (const Cells& line : bodyOf(reference->table("FY\tCity"))) {
        for (const std::string& part : splitTrimmed(line.at(1), '/')) {
            const Qualified place = splitTrailingParenthesis(part);
            const std::string country = place.qualifier.empty() ? place.name : place.qualifier;
            expected.push_back({line[0], country, place.name, "held"});
        }
    }
    CHECK(expected.size() == 8);
    checkSameRows(queryCells("SELECT fiscal_year, country, cities, status FROM exchange_programme_cities "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}

TEST_CASE("local administration seminars of J.CLAIR Singapore: every line, with its format", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    std::string fiscalYear;
    for (const Cells& line : bodyOf(reference->table("FY\tCountry\tName of Seminar"))) {
        const Qualified country = splitTrailingParenthesis(line.at(1));  // "Thailand (online)"
        expected.push_back({carriedFiscalYear(line, fiscalYear), canonicalCountry(country.name),
                            country.qualifier.empty() ? "NULL" : country.qualifier, line.at(2)});
    }
    REQUIRE(expected.size() == 3);
    checkSameRows(queryCells("SELECT fiscal_year, country, format, name FROM local_admin_seminars "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}

TEST_CASE("seminar series of the ministry: every line", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    std::string fiscalYear;
    for (const Cells& line : bodyOf(reference->table("FY\tCountry (City)\tThemes"))) {
        const Qualified place = splitTrailingParenthesis(line.at(1));  // "Vietnam (Hanoi)"
        expected.push_back({carriedFiscalYear(line, fiscalYear), canonicalCountry(place.name), place.qualifier, line.at(2)});
    }
    REQUIRE(expected.size() == 1);
    checkSameRows(queryCells("SELECT fiscal_year, country, city, themes FROM mic_seminars WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}

TEST_CASE("seminars on best practices of Japan: every line, aliases resolved", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    std::string fiscalYear;
    bool usesAlias = false;
    for (const Cells& line : bodyOf(reference->table("FY\tCountry\tVenue"))) {
        usesAlias = usesAlias || canonicalCountry(line.at(1)) != line[1];
        expected.push_back({carriedFiscalYear(line, fiscalYear), canonicalCountry(line[1]), line.at(2)});
    }
    CHECK(usesAlias);  // "Brunei Darussalam": the alias mapping is exercised by the real data
    checkSameRows(queryCells("SELECT fiscal_year, country, venue FROM best_practice_seminars "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}

TEST_CASE("specialist dispatches: every line, with the online one", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    std::vector<Cells> expected;
    std::string fiscalYear;
    for (const Cells& line : bodyOf(reference->table("FY\tCountry\tSpecialists\tArea of Expertise"))) {
        const Qualified country = splitTrailingParenthesis(line.at(1));  // "India (Online)"
        // The schema allows the format "online" only: the source's "Online" is stored in lower case.
        expected.push_back({carriedFiscalYear(line, fiscalYear), canonicalCountry(country.name), line.at(2), line.at(3),
                            country.qualifier.empty() ? "NULL" : lowerCase(country.qualifier)});
    }
    REQUIRE(expected.size() == 7);
    checkSameRows(queryCells("SELECT fiscal_year, country, specialists, expertise, format FROM specialist_dispatches "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}

TEST_CASE("activities supported in FY2024: every line, its countries in the side table", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const SourceTable& table = reference->table("Japanese Local Government\tContent of Support");
    const std::optional<int> fiscalYear = fiscalYearIn(table.caption);  // "【Some activities ... in FY2024】"
    REQUIRE(fiscalYear == 2024);
    std::vector<Cells> expected;
    std::vector<Cells> expectedLinks;
    for (const Cells& line : bodyOf(table)) {
        // "Accompanied the Mayor ... officials (Singapore, Malaysia)"
        const Qualified support = splitTrailingParenthesis(line.at(1));
        Cells countries;
        std::string joined;
        for (const std::string& country : splitTrimmed(support.qualifier, ',')) {
            joined += (joined.empty() ? "" : ", ") + canonicalCountry(country);
            expectedLinks.push_back({std::to_string(expected.size() + 1), canonicalCountry(country)});
        }
        expected.push_back({std::to_string(*fiscalYear), line[0], support.name, joined});
    }
    REQUIRE(expected.size() == 13);
    checkSameRows(queryCells("SELECT fiscal_year, local_government, support, countries FROM supported_activities "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
    // The side table links each record (by its position in the file) to each of its countries.
    checkSameRows(queryCells("SELECT row_seq, country FROM supported_activities__countries WHERE _year = 2025 "
                             "ORDER BY row_seq, rowid"),
                  expectedLinks);
}

TEST_CASE("travel fairs in FY2024: every line, the repeated one twice", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const SourceTable& table = reference->table("Fair\tCountry (City)\tMonth");
    const std::optional<int> fiscalYear = fiscalYearIn(table.caption);  // "【Travel Fairs in FY2024】"
    REQUIRE(fiscalYear == 2024);
    std::vector<Cells> expected;
    for (const Cells& line : bodyOf(table)) {
        const Qualified place = splitTrailingParenthesis(line.at(1));  // "Philippine (Manila)"
        expected.push_back({std::to_string(*fiscalYear), line[0], canonicalCountry(place.name), place.qualifier,
                            monthNumber(line.at(2))});
    }
    REQUIRE(expected.size() == 6);
    CHECK(expected.front() == expected.back());  // the source's duplicate, kept
    checkSameRows(queryCells("SELECT fiscal_year, fair, country, city, month FROM travel_fairs "
                             "WHERE _year = 2025 ORDER BY _seq"),
                  expected);
}
