// What a reader of the PDFs sees: the brochure's and the handouts' text as pdftotext -layout
// extracts it, compared with the reference text of the brochure (not with our own exports).

#include "project_copy.h"
#include "reference_text.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <numeric>
#include <sstream>

using namespace brochure::testing;
using brochure::testdata::ReferenceText;
using brochure::testdata::SourceTable;

namespace {

const std::map<std::string, std::string> fixedDate = {{"SOURCE_DATE_EPOCH", "1735689600"}};

// One build of the whole project for every test of this file.
const ProjectCopy& builtProject() {
    static const ProjectCopy project("pdf-content");
    static const bool built = [] {
        ProcessResult r = project.run({"--quiet", "build"}, fixedDate);
        INFO(r.out << r.err);
        REQUIRE(r.exitCode == 0);
        return true;
    }();
    REQUIRE(built);
    return project;
}

const ReferenceText& reference() {
    static const std::optional<ReferenceText> text = ReferenceText::load(brochure::testdata::referencePath());
    REQUIRE(text);
    return *text;
}

// The page text with each line's white space runs made single spaces and a space at both ends,
// so " Thailand 39 1 - 2 42 " finds a whole row and never a part of a word or number.
std::vector<std::string> normalizedLines(const std::string& pdf) {
    ProcessResult r = runProcess({"pdftotext", "-layout", pdf, "-"});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.err.empty());
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string normalized = " ";
        for (std::string word; words >> word;) normalized += word + " ";
        lines.push_back(normalized);
    }
    return lines;
}

bool hasLineWith(const std::vector<std::string>& lines, const std::string& row) {
    const std::string needle = " " + row + " ";
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

bool isNumber(const std::string& cell) {
    return !cell.empty() && std::all_of(cell.begin(), cell.end(), [](unsigned char c) { return std::isdigit(c); });
}
bool isNone(const std::string& cell) { return cell == "-" || cell == "—"; }

// The reference tables that hold numbers beyond their fiscal-year column.
std::vector<const SourceTable*> numericTables() {
    std::vector<const SourceTable*> tables;
    for (const SourceTable& table : reference().tables()) {
        const bool fyFirst = table.lines.front().front() == "FY";
        for (std::size_t l = 1; l < table.lines.size(); ++l)
            for (std::size_t c = fyFirst ? 1 : 0; c < table.lines[l].size(); ++c)
                if (isNumber(table.lines[l][c]) && std::find(tables.begin(), tables.end(), &table) == tables.end())
                    tables.push_back(&table);
    }
    return tables;
}

// A body row as the PDF must show it on one line: its label and every number or dash up to the
// next text column ("Thailand 39 1 - 2 42", "2024 Malaysia 1"); a text column after the label may
// wrap onto the next lines, so it is left out.
std::string expectedRow(const std::vector<std::string>& cells) {
    std::string row;
    bool hasLabel = false;
    for (const std::string& cell : cells) {
        if (cell.empty()) continue;
        if (!isNumber(cell) && !isNone(cell)) {
            if (hasLabel) break;
            hasLabel = true;
        }
        row += (row.empty() ? "" : " ") + cell;
    }
    return row;
}

// The same row without its label: "39 1 - 2 42".
std::string expectedValues(const std::vector<std::string>& cells) {
    std::string row;
    for (std::size_t c = 1; c < cells.size(); ++c) row += (row.empty() ? "" : " ") + cells[c];
    return row;
}

}  // namespace

TEST_CASE("the brochure PDF shows every number of every reference table in its row", "[app][pdf]") {
    const auto lines = normalizedLines(builtProject().pdf("activities-2025.pdf"));
    const auto tables = numericTables();
    REQUIRE(tables.size() == 5);  // staff, seminar participants, JET, LGOTP, specialist dispatches
    for (const SourceTable* table : tables) {
        INFO("reference table at line " << table->firstLine << " (" << table->caption << ")");
        std::vector<std::int64_t> columnSums;
        for (std::size_t l = 1; l < table->lines.size(); ++l) {
            const auto& cells = table->lines[l];
            if (cells.front().empty() && !isNumber(cells[1]) && !isNone(cells[1])) continue;  // second header line
            if (cells.front() == "Total") {
                // Totals are computed, not copied from the source: every column adds up.
                std::string row = "Total";
                for (std::int64_t sum : columnSums) row += " " + std::to_string(sum);
                INFO(row);
                CHECK(hasLineWith(lines, row));
                continue;
            }
            const std::string row = expectedRow(cells);
            INFO(row);
            CHECK(hasLineWith(lines, row));
            std::size_t c = 0;
            for (const std::string& cell : cells) {
                if (!isNumber(cell) && !isNone(cell)) continue;
                if (columnSums.size() <= c) columnSums.push_back(0);
                columnSums[c++] += isNumber(cell) ? std::stoll(cell) : 0;
            }
        }
    }
}

TEST_CASE("each handout PDF shows its country's rows and names no other country", "[app][pdf]") {
    const std::vector<std::string> countries = {"Brunei", "Cambodia", "India",     "Indonesia", "Laos",      "Malaysia",
                                                "Myanmar", "Philippines", "Singapore", "Sri Lanka", "Thailand", "Vietnam"};
    std::vector<const SourceTable*> grids;  // seminar participants, JET, LGOTP: one row per country
    for (const SourceTable* table : numericTables())
        if (table->lines.front().front() == "Country") grids.push_back(table);
    REQUIRE(grids.size() == 3);
    for (const std::string& country : countries) {
        std::string slug = country;
        std::transform(slug.begin(), slug.end(), slug.begin(), [](unsigned char c) { return c == ' ' ? '-' : std::tolower(c); });
        INFO(country);
        const auto lines = normalizedLines(builtProject().pdf("handouts/2025/" + slug + ".pdf"));
        for (const SourceTable* grid : grids)
            for (const auto& cells : grid->lines)
                if (cells.front() == country) CHECK(hasLineWith(lines, expectedValues(cells)));

        std::string text = std::accumulate(lines.begin(), lines.end(), std::string());
        for (std::size_t at; (at = text.find("J.CLAIR Singapore")) != std::string::npos;) text.erase(at, 17);  // the office
        for (const std::string& other : countries) {
            if (other == country) continue;
            INFO("names " << other);
            for (const std::string& form : {" " + other + " ", " " + other + ",", "(" + other, "/" + other})
                CHECK(text.find(form) == std::string::npos);
        }
    }
}
