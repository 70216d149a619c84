// The three count grids of the source (seminar participants, JET participants, LGOTP
// participants): every cell read back from the store, and every total the source prints
// compared with the total computed from the stored cells.

#include "ingested_data.h"
#include "reference_check.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <set>

using namespace brochure::testdata;

namespace {

// A source table of counts: row labels (countries) x column labels (periods or ALT/CIR/SEA),
// with its "Total" column and "Total" row.
struct Grid {
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<Cells> cells;  // as printed
    Cells rowTotals;
    Cells columnTotals;
    std::string grandTotal;
};

// `headerLines`: the grids with periods have a second header line that names the periods.
Grid gridOf(const SourceTable& table, std::size_t headerLines) {
    Grid grid;
    const Cells& labels = table.lines.at(headerLines - 1);
    for (std::size_t c = 1; c + 1 < labels.size(); ++c) grid.columns.push_back(labels[c]);
    for (std::size_t l = headerLines; l < table.lines.size(); ++l) {
        const Cells& line = table.lines[l];
        REQUIRE(line.size() == grid.columns.size() + 2);
        const Cells values(line.begin() + 1, line.end() - 1);
        if (line.front() == "Total") {
            grid.columnTotals = values;
            grid.grandTotal = line.back();
        } else {
            grid.rows.push_back(line.front());
            grid.cells.push_back(values);
            grid.rowTotals.push_back(line.back());
        }
    }
    REQUIRE_FALSE(grid.rows.empty());
    REQUIRE(grid.columnTotals.size() == grid.columns.size());
    return grid;
}

std::int64_t numberOf(const std::string& cell) { return cell == "NULL" || isNone(cell) ? 0 : std::stoll(cell); }

// Computed from the stored cells (laid out like the source grid), compared with the printed
// totals. A total named in `knownDiscrepancies` must differ (the source's own mistake, kept in
// the data); any other must match.
void checkTotals(const Grid& source, const std::vector<Cells>& stored, const std::set<std::string>& knownDiscrepancies) {
    std::vector<std::int64_t> columnSums(source.columns.size(), 0);
    std::int64_t grand = 0;
    auto compare = [&](const std::string& what, std::int64_t computed, const std::string& printed) {
        INFO(what << ": printed " << printed << ", computed from the stored cells " << computed);
        if (knownDiscrepancies.count(what) != 0) {
            CHECK(computed != numberOf(printed));
        } else {
            CHECK(computed == numberOf(printed));
        }
    };
    for (std::size_t r = 0; r < source.rows.size(); ++r) {
        std::int64_t rowSum = 0;
        for (std::size_t c = 0; c < source.columns.size(); ++c) {
            rowSum += numberOf(stored[r][c]);
            columnSums[c] += numberOf(stored[r][c]);
        }
        grand += rowSum;
        compare("row " + source.rows[r], rowSum, source.rowTotals[r]);
    }
    for (std::size_t c = 0; c < source.columns.size(); ++c) {
        compare("column " + source.columns[c], columnSums[c], source.columnTotals[c]);
    }
    compare("grand total", grand, source.grandTotal);
}

// Grids stored one row per (country, period): the stored rows in file order must be the source
// grid read row by row; returns the stored cells laid out like the source grid.
std::vector<Cells> checkPeriodGrid(const Grid& grid, const std::string& table) {
    std::vector<Cells> expected;
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        for (std::size_t c = 0; c < grid.columns.size(); ++c) {
            expected.push_back({canonicalCountry(grid.rows[r]), grid.columns[c], expectedCount(grid.cells[r][c])});
        }
    }
    const std::vector<Cells> stored =
        queryCells("SELECT country, period, participants FROM " + table + " WHERE _year = 2025 ORDER BY _seq");
    checkSameRows(stored, expected);

    std::map<std::pair<std::string, std::string>, std::string> byKey;
    for (const Cells& row : stored) byKey[{row[0], row[1]}] = row[2];
    std::vector<Cells> laidOut(grid.rows.size(), Cells(grid.columns.size(), "NULL"));
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        for (std::size_t c = 0; c < grid.columns.size(); ++c) {
            const auto found = byKey.find({canonicalCountry(grid.rows[r]), grid.columns[c]});
            if (found != byKey.end()) laidOut[r][c] = found->second;
        }
    }
    return laidOut;
}

}  // namespace

TEST_CASE("seminar participants: every cell and total of the source table", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const Grid grid = gridOf(reference->table("Country\tNumber of Participants\t\t\t\tTotal"), 2);
    REQUIRE(grid.columns == Cells{"'95-'21", "'22", "'23", "'24"});
    REQUIRE(grid.rows.size() == 12);

    const std::vector<Cells> stored = checkPeriodGrid(grid, "seminar_participants");
    checkTotals(grid, stored, {});

    // The periods as written, with the years they cover.
    checkSameRows(queryCells("SELECT DISTINCT period, period_start, period_end FROM seminar_participants "
                             "WHERE _year = 2025 ORDER BY period_start"),
                  {{"'95-'21", "1995", "2021"}, {"'22", "2022", "2022"}, {"'23", "2023", "2023"},
                   {"'24", "2024", "2024"}});
    // The prose agrees: "In 2024, eleven participants from seven countries".
    checkSameRows(queryCells("SELECT SUM(participants), COUNT(participants) FROM seminar_participants "
                             "WHERE _year = 2025 AND period = '''24'"),
                  {{"11", "7"}});
}

TEST_CASE("JET participants: every cell and total of the source table", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const SourceTable& table = reference->table("Country\tALT\tCIR\tSEA\tTotal");
    const Grid grid = gridOf(table, 1);
    const std::optional<int> fiscalYear = fiscalYearIn(table.caption);  // "【JET Participants in FY2024】"
    REQUIRE(fiscalYear == 2024);

    std::vector<Cells> expected;
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        Cells row{std::to_string(*fiscalYear), canonicalCountry(grid.rows[r])};
        for (const std::string& cell : grid.cells[r]) row.push_back(expectedCount(cell));
        expected.push_back(row);
    }
    const std::vector<Cells> stored =
        queryCells("SELECT fiscal_year, country, alt, cir, sea FROM jet_participants WHERE _year = 2025 ORDER BY _seq");
    checkSameRows(stored, expected);

    std::vector<Cells> counts;
    for (const Cells& row : stored) counts.emplace_back(row.begin() + 2, row.end());
    if (counts.size() == grid.rows.size()) checkTotals(grid, counts, {});
}

TEST_CASE("LGOTP participants: every cell, the totals, and the source's two known mistakes", "[data][reference]") {
    const ReferenceText* reference = referenceText();
    if (reference == nullptr) return;
    const Grid grid = gridOf(reference->table("Country\tNumber of Participants\t\t\t\t\tTotal"), 2);
    REQUIRE(grid.columns == Cells{"1996-2018", "2019", "2022", "2023", "2024"});

    const std::vector<Cells> stored = checkPeriodGrid(grid, "lgotp_participants");
    // The source prints "—" as the 2024 column total though Malaysia's 2024 cell is 1, and 260 as
    // the grand total though the rows add up to 261. The data keeps both as stated totals with
    // a discrepancy; everything else must add up.
    checkTotals(grid, stored, {"column 2024", "grand total"});
    checkSameRows(queryCells("SELECT country, participants FROM lgotp_participants "
                             "WHERE _year = 2025 AND period = '2024' AND participants IS NOT NULL"),
                  {{"Malaysia", "1"}});
}
