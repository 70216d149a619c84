// The multi-year pivot: latest N years as columns, older periods folded into one cumulative
// column, computed totals; and the roll-forward when next year's export is added.

#include "bind/bind.h"
#include "bind/pivot.h"
#include "content_text.h"
#include "layoutdef/reader.h"
#include "project_store.h"

#include <catch2/catch.hpp>

using namespace brochure;
using bind::PivotRecord;

namespace {

std::vector<PivotRecord> seminar2025() {
    return {{"Thailand", 1995, 2021, 39}, {"Thailand", 2022, 2022, 1},  {"Thailand", 2023, 2023, std::nullopt},
            {"Thailand", 2024, 2024, 2},  {"Brunei", 1995, 2021, 5},    {"Brunei", 2022, 2022, std::nullopt},
            {"Brunei", 2023, 2023, std::nullopt}, {"Brunei", 2024, 2024, std::nullopt}};
}

std::vector<std::string> labels(const bind::Pivot& pivot, bool shortYears) {
    std::vector<std::string> out;
    for (const auto& c : pivot.columns) out.push_back(bind::periodLabel(c, shortYears));
    return out;
}

}  // namespace

TEST_CASE("the latest years are columns, older periods one cumulative column", "[pivot]") {
    auto pivot = bind::buildPivot(seminar2025(), 3, false);
    CHECK(labels(pivot, true) == std::vector<std::string>{"'95-'21", "'22", "'23", "'24"});
    REQUIRE(pivot.rows.size() == 2);
    CHECK(pivot.rows[0].label == "Thailand");
    CHECK(pivot.rows[0].total == 42);
    CHECK_FALSE(pivot.rows[0].cells[2]);  // '23: nobody
    CHECK(pivot.totals[0] == 44);
    CHECK(pivot.totals[1] == 1);
    CHECK_FALSE(pivot.totals[2]);
    CHECK(pivot.grandTotal == 47);
}

TEST_CASE("adding next year's period rolls the pivot forward", "[pivot]") {
    auto records = seminar2025();
    records.push_back({"Thailand", 2025, 2025, 2});
    records.push_back({"Brunei", 2025, 2025, 1});
    auto pivot = bind::buildPivot(records, 3, false);
    CHECK(labels(pivot, true) == std::vector<std::string>{"'95-'22", "'23", "'24", "'25"});
    CHECK(pivot.rows[0].cells[0] == 40);  // 39 + the 1 of '22
    CHECK(pivot.totals[0] == 45);
    CHECK(pivot.totals[3] == 3);
    CHECK(pivot.grandTotal == 50);
}

TEST_CASE("the own columns are the latest years present, not necessarily consecutive", "[pivot]") {
    std::vector<PivotRecord> lgotp = {{"Indonesia", 1996, 2018, 54}, {"Indonesia", 2019, 2019, 2},
                                      {"Indonesia", 2022, 2022, 1},  {"Indonesia", 2023, 2023, 1},
                                      {"Malaysia", 1996, 2018, 22},  {"Malaysia", 2024, 2024, 1}};
    auto pivot = bind::buildPivot(lgotp, 4, false);
    CHECK(labels(pivot, false) == std::vector<std::string>{"1996-2018", "2019", "2022", "2023", "2024"});
}

TEST_CASE("order='total' sorts rows by total, keeping the query's order for ties", "[pivot]") {
    std::vector<PivotRecord> records = {{"Cambodia", 2024, 2024, 1}, {"Laos", 2024, 2024, 1}, {"India", 2024, 2024, 5}};
    auto pivot = bind::buildPivot(records, 3, true);
    REQUIRE(pivot.rows.size() == 3);
    CHECK(pivot.rows[0].label == "India");
    CHECK(pivot.rows[1].label == "Cambodia");
    CHECK(pivot.rows[2].label == "Laos");
    CHECK(pivot.columns.size() == 1);  // nothing to fold: no cumulative column
}

TEST_CASE("the brochure's seminar table rolls forward to the 2026 edition", "[pivot][layouts]") {
    auto project = test::ingestProject({BROCHURE_SOURCE_DIR "/data", BROCHURE_SOURCE_DIR "/tests/fixtures/data-2026"});
    REQUIRE_FALSE(project->diagnostics.hasErrors());
    Diagnostics diagnostics;
    auto layout = layoutdef::readLayout(BROCHURE_SOURCE_DIR "/layouts/brochure.xml", diagnostics);
    REQUIRE(layout);

    auto text2025 = test::contentText(bind::bind(*layout, *project->store, {{":year", std::int64_t{2025}}}, diagnostics));
    CHECK(text2025.find("H | '95-'21 | '22 | '23 | '24\n") != std::string::npos);
    CHECK(text2025.find("T | Total | 241 | 8 | 9 | 11 | 269\n") != std::string::npos);

    auto text2026 = test::contentText(bind::bind(*layout, *project->store, {{":year", std::int64_t{2026}}}, diagnostics));
    CHECK(text2026.find("H | '95-'22 | '23 | '24 | '25\n") != std::string::npos);
    // The fixture's README: '95-'22 = 249 (241 + 8), '25 = 12; 269 + 12 = 281 in all.
    CHECK(text2026.find("T | Total | 249 | 9 | 11 | 12 | 281\n") != std::string::npos);
    // Thailand: 39 + 1 folded, then '23 none, '24 2, '25 2.
    CHECK(text2026.find("B | Thailand | 40 | - | 2 | 2 | 44\n") != std::string::npos);
}
