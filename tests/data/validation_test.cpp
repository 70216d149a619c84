// What the validator says about the real data: no error, and exactly the three problems of the
// source itself as warnings (LGOTP's two wrong totals, the repeated travel fair), each at the
// line of the export that states it. And the invented 2026 fixture builds on top of 2025.

#include "ingested_data.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace brochure::testdata;

namespace {

std::string allDiagnostics(const brochure::Diagnostics& diagnostics) {
    std::string text;
    for (const brochure::Diagnostic& diagnostic : diagnostics.all()) text += brochure::formatDiagnostic(diagnostic) + "\n";
    return text;
}

std::vector<std::string> linesOf(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// 1-based lines where the elements `<element` that contain `attribute=` start.
std::vector<int> elementLines(const std::string& path, const std::string& element, const std::string& attribute) {
    const std::vector<std::string> lines = linesOf(path);
    std::vector<int> found;
    int start = 0;
    bool matched = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find("<" + element + " ") != std::string::npos) {
            start = static_cast<int>(i) + 1;
            matched = false;
        }
        if (start != 0 && !matched && lines[i].find(attribute + "=") != std::string::npos) {
            found.push_back(start);
            matched = true;
        }
    }
    return found;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<brochure::Diagnostic> warningsOf(const brochure::Diagnostics& diagnostics, const std::string& fileName) {
    std::vector<brochure::Diagnostic> found;
    for (const brochure::Diagnostic& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == brochure::Severity::warning && endsWith(diagnostic.file, "/" + fileName)) {
            found.push_back(diagnostic);
        }
    }
    return found;
}

}  // namespace

TEST_CASE("validation of data/: no error, the source's three known problems as warnings", "[data]") {
    const brochure::Diagnostics& diagnostics = ingestedData().diagnostics();
    INFO(allDiagnostics(diagnostics));
    CHECK(diagnostics.errorCount() == 0);
    CHECK(diagnostics.warningCount() == 3);

    // LGOTP: the stated 2024 column total "—" and the grand total 260, both kept with discrepancy="...".
    const std::string lgotp = BROCHURE_SOURCE_DIR "/data/2025/lgotp-participants.xml";
    const std::vector<int> discrepancyLines = elementLines(lgotp, "total", "discrepancy");
    REQUIRE(discrepancyLines.size() == 2);
    const std::vector<brochure::Diagnostic> lgotpWarnings = warningsOf(diagnostics, "lgotp-participants.xml");
    REQUIRE(lgotpWarnings.size() == 2);
    CHECK(lgotpWarnings[0].line == discrepancyLines[0]);
    CHECK(lgotpWarnings[1].line == discrepancyLines[1]);
    // The grand total's warning gives both numbers, so the reader sees the size of the mistake.
    CHECK_THAT(lgotpWarnings[1].message, Catch::Contains("260") && Catch::Contains("261"));

    // Travel fairs: "Japan Travel Fair 2024, Indonesia (Jakarta), August" is listed twice.
    const std::string fairs = BROCHURE_SOURCE_DIR "/data/2025/travel-fairs.xml";
    const std::vector<int> rows = elementLines(fairs, "row", "fair");
    REQUIRE(rows.size() == 6);
    const std::vector<brochure::Diagnostic> fairWarnings = warningsOf(diagnostics, "travel-fairs.xml");
    REQUIRE(fairWarnings.size() == 1);
    CHECK(fairWarnings[0].line == rows.back());
    CHECK_THAT(fairWarnings[0].message, Catch::Contains(std::to_string(rows.front())));
}

TEST_CASE("the invented 2026 fixture ingests on top of 2025 and folds into the cumulative column", "[data]") {
    const std::unique_ptr<IngestedData> data =
        ingestFolders({BROCHURE_SOURCE_DIR "/data", BROCHURE_SOURCE_DIR "/tests/fixtures/data-2026"});
    INFO(allDiagnostics(data->diagnostics()));
    CHECK(data->diagnostics().errorCount() == 0);
    CHECK(data->diagnostics().warningCount() == 3);  // those of 2025 only

    // The 2026 edition's seminar table: '95-'22 folds the 2025 edition's '95-'21 and '22.
    CHECK(queryCells(*data, "SELECT SUM(participants) FROM seminar_participants WHERE period_end <= 2022") ==
          std::vector<std::vector<std::string>>{{"249"}});
    CHECK(queryCells(*data, "SELECT _year, SUM(participants) FROM seminar_participants WHERE period = '''25' "
                            "GROUP BY _year") == std::vector<std::vector<std::string>>{{"2026", "12"}});
    // Aliases of the fixture resolved: every country is a canonical one.
    CHECK(queryCells(*data, "SELECT COUNT(*) FROM seminar_participants WHERE _year = 2026 "
                            "AND country NOT IN (SELECT name FROM country)") == std::vector<std::vector<std::string>>{{"0"}});
    CHECK(queryCells(*data, "SELECT fiscal_year, SUM(alt), SUM(cir), SUM(sea) FROM jet_participants "
                            "GROUP BY fiscal_year ORDER BY fiscal_year") ==
          std::vector<std::vector<std::string>>{{"2024", "385", "60", "2"}, {"2025", "389", "61", "2"}});
}
