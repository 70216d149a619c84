#include "bind/pivot.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace brochure::bind {

namespace {

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (!__builtin_add_overflow(a, b, &sum)) return sum;
    return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

}  // namespace

Pivot buildPivot(const std::vector<PivotRecord>& records, int latest, bool orderByTotal) {
    Pivot pivot;
    // The latest N single-year periods present in the data are their own columns.
    std::set<std::int64_t> singleYears;
    for (const auto& r : records)
        if (r.start == r.end) singleYears.insert(r.end);
    std::vector<std::int64_t> ownYears(singleYears.begin(), singleYears.end());
    if (ownYears.size() > static_cast<std::size_t>(std::max(latest, 0)))
        ownYears.erase(ownYears.begin(), ownYears.end() - latest);
    auto ownColumn = [&](const PivotRecord& r) -> std::optional<std::size_t> {
        if (r.start != r.end) return std::nullopt;
        auto it = std::find(ownYears.begin(), ownYears.end(), r.end);
        if (it == ownYears.end()) return std::nullopt;
        return static_cast<std::size_t>(it - ownYears.begin());
    };

    // Everything else folds into the cumulative column.
    bool anyFolded = false;
    PivotColumn folded{0, 0, true};
    for (const auto& r : records) {
        if (ownColumn(r)) continue;
        if (!anyFolded) folded.start = r.start, folded.end = r.end;
        folded.start = std::min(folded.start, r.start);
        folded.end = std::max(folded.end, r.end);
        anyFolded = true;
    }
    const std::size_t offset = anyFolded ? 1 : 0;
    if (anyFolded) pivot.columns.push_back(folded);
    for (auto year : ownYears) pivot.columns.push_back({year, year, false});

    std::map<std::string, std::size_t> rowIndex;
    for (const auto& r : records) {
        auto [it, added] = rowIndex.emplace(r.row, pivot.rows.size());
        if (added) pivot.rows.push_back({r.row, std::vector<std::optional<std::int64_t>>(pivot.columns.size()), 0});
        PivotRow& row = pivot.rows[it->second];
        if (!r.value) continue;
        auto own = ownColumn(r);
        std::size_t c = own ? *own + offset : 0;
        // Saturating: the store holds any 64-bit values, and an overflow must not be undefined.
        row.cells[c] = saturatingAdd(row.cells[c].value_or(0), *r.value);
        row.total = saturatingAdd(row.total, *r.value);
    }
    if (orderByTotal)
        std::stable_sort(pivot.rows.begin(), pivot.rows.end(),
                         [](const PivotRow& a, const PivotRow& b) { return a.total > b.total; });

    pivot.totals.assign(pivot.columns.size(), std::nullopt);
    for (const auto& row : pivot.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            if (row.cells[c]) pivot.totals[c] = saturatingAdd(pivot.totals[c].value_or(0), *row.cells[c]);
        pivot.grandTotal = saturatingAdd(pivot.grandTotal, row.total);
    }
    return pivot;
}

std::string periodLabel(const PivotColumn& column, bool shortYears) {
    auto year = [&](std::int64_t y) {
        if (!shortYears) return std::to_string(y);
        std::string two = std::to_string(((y % 100) + 100) % 100);
        return "'" + (two.size() < 2 ? "0" + two : two);
    };
    if (column.start == column.end) return year(column.end);
    return year(column.start) + "-" + year(column.end);
}

}  // namespace brochure::bind
