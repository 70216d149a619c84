#pragma once
// The multi-year pivot: (row, period start, period end, value) records -> a table whose latest N
// single-year periods are columns of their own and whose older periods fold into one cumulative
// column labelled from the earliest start to the latest folded end ('95-'21). Adding next year's
// export therefore rolls the table forward ('95-'22, '23, '24, '25) without touching the layout.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace brochure::bind {

struct PivotRecord {
    std::string row;
    std::int64_t start = 0, end = 0;    // years, inclusive
    std::optional<std::int64_t> value;  // none = nobody ("-" in the source)
};

struct PivotColumn {
    std::int64_t start = 0, end = 0;
    bool cumulative = false;
};

struct PivotRow {
    std::string label;
    std::vector<std::optional<std::int64_t>> cells;  // none = no data in that column
    std::int64_t total = 0;
};

struct Pivot {
    std::vector<PivotColumn> columns;               // cumulative column first, then years ascending
    std::vector<PivotRow> rows;
    std::vector<std::optional<std::int64_t>> totals;  // per column; none when the column is empty
    std::int64_t grandTotal = 0;
};

// Rows keep the order of their first record, or, with orderByTotal, descending total (stable).
Pivot buildPivot(const std::vector<PivotRecord>& records, int latest, bool orderByTotal);

// "'95-'21" / "'22" (shortYears) or "1996-2018" / "2019".
std::string periodLabel(const PivotColumn& column, bool shortYears);

}  // namespace brochure::bind
