#include "ingest/export_checks.h"
#include "ingest/value_parser.h"

#include <unordered_map>

namespace brochure::ingest {

std::string cellKey(const Cell& cell, const Column& column) {
    if (column.type == ColumnType::period)
        return std::to_string(cell.period.start) + "-" + std::to_string(cell.period.end);
    if (isNull(cell.value)) return "\x01";  // NULL differs from every written value, even ""
    return toText(cell.value);
}

void checkDuplicateRows(const DatasetSchema& schema, const Dataset& dataset, const std::vector<bool>& rowValid,
                        Diagnostics& diagnostics) {
    auto keyColumns = schema.keyColumns();
    // One hash lookup per row: a 100,000-row export is checked in linear time.
    std::unordered_map<std::string, const Record*> firstWithKey;
    firstWithKey.reserve(dataset.records.size());
    for (std::size_t r = 0; r < dataset.records.size(); ++r) {
        if (!rowValid[r]) continue;
        const Record& record = dataset.records[r];
        std::string key;
        for (auto c : keyColumns) {
            key += cellKey(record.cells[c], schema.columns[c]);
            key += '\x1f';
        }
        auto [found, inserted] = firstWithKey.emplace(std::move(key), &record);
        if (inserted) continue;
        std::string described;
        for (auto c : keyColumns) {
            if (!described.empty()) described += ", ";
            described += schema.columns[c].name + "=\"" + displayValue(record.cells[c], schema.columns[c]) + "\"";
        }
        bool wholeRow = keyColumns.size() == schema.columns.size();
        diagnostics.warning("D300", dataset.file, record.line, record.column,
                            "duplicate row: the rows on lines " + std::to_string(found->second->line) + " and " +
                                std::to_string(record.line) + (wholeRow ? " are identical (" : " have the same key (") +
                                described + ")",
                            "both rows are kept; remove one if the source does not really list it twice");
    }
}

}  // namespace brochure::ingest
