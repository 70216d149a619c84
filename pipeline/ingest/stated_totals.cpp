// Stated totals: <total of="alt cir sea" country="Singapore" value="59"/> says the rows matching
// every filter attribute add up to `value` over the columns in `of`. The pipeline never stores
// totals; it recomputes them, and here it holds the source to what it printed.

#include "ingest/export_checks.h"
#include "core/spelling.h"
#include "ingest/typed_text.h"
#include "ingest/value_parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace brochure::ingest {

namespace {

const std::vector<std::string> totalAttributes = {"of", "value", "discrepancy"};

struct StatedTotal {
    pugi::xml_node element;
    std::vector<std::size_t> of;                    // columns summed
    std::vector<std::pair<std::size_t, Cell>> filters;  // sorted by column
    std::int64_t value = 0;
    bool hasDiscrepancy = false;
    std::string discrepancy;
};

struct GroupSums {
    std::vector<std::int64_t> perColumn;  // indexed by column
    std::vector<bool> overflowed;         // the column's sum went past the largest whole number
};

// a + b into `sum`; false (sum unchanged) when the result does not fit in 64 bits.
bool addChecked(std::int64_t& sum, std::int64_t value) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(sum, value, &result)) return false;
    sum = result;
    return true;
}

class TotalsChecker {
public:
    TotalsChecker(const XmlSource& source, const Catalog& catalog, const DatasetSchema& schema, Diagnostics& diagnostics)
        : source_(source), catalog_(catalog), schema_(schema), diagnostics_(diagnostics) {}

    // Reads one <total>; nullopt (after reporting) when it is malformed.
    std::optional<StatedTotal> read(const pugi::xml_node& element) {
        StatedTotal total{element, {}, {}, 0, false, {}};
        bool ok = checkRepeatedAttributes(source_, element, "D304", diagnostics_);
        for (auto attribute : element.attributes()) {
            std::string name = attribute.name();
            if (name == "of") ok = readOf(element, attribute, total) && ok;
            else if (name == "value") ok = readValue(element, attribute, total) && ok;
            else if (name == "discrepancy") ok = readDiscrepancy(element, attribute, total) && ok;
            else ok = readFilter(element, attribute, total) && ok;
        }
        for (const char* required : {"of", "value"}) {
            if (!element.attribute(required)) {
                error("D304", source_.at(element), std::string("<total> needs a ") + required + "=\"...\" attribute");
                ok = false;
            }
        }
        std::sort(total.filters.begin(), total.filters.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!ok) return std::nullopt;
        return total;
    }

    void compare(const StatedTotal& total, const GroupSums* sums) {
        std::int64_t computed = 0;
        bool overflow = false;
        if (sums)
            for (auto c : total.of) overflow = overflow || sums->overflowed[c] || !addChecked(computed, sums->perColumn[c]);
        SourcePosition where = source_.at(total.element);
        std::string what = describe(total);
        if (overflow) {
            error("D308", where,
                  "the rows of the stated total " + what + " add up to more than " +
                      std::to_string(std::numeric_limits<std::int64_t>::max()) + ", the largest whole number",
                  "a value is far too large: look for a number with extra digits");
            return;
        }
        if (!total.filters.empty() && !sums)
            source_.warning(diagnostics_, "D307", where, "no row matches the stated total " + what,
                            "check the filter values against the rows");
        std::string numbers = " is " + std::to_string(total.value) + " but the rows add up to " + std::to_string(computed);
        if (computed != total.value && !total.hasDiscrepancy)
            error("D301", where, "the stated total " + what + numbers,
                  "correct the data or the total; if the source really prints this, keep it with discrepancy=\"why\"");
        else if (computed != total.value)
            source_.warning(diagnostics_, "D302", where,
                            "the stated total " + what + numbers + " (known discrepancy: " + total.discrepancy + ")");
        else if (total.hasDiscrepancy)
            source_.warning(diagnostics_, "D303", where,
                            "the stated total " + what + " is marked as a discrepancy, but it matches the rows (" +
                                std::to_string(computed) + ")",
                            "the note is stale: remove discrepancy=\"" + total.discrepancy + "\"");
    }

private:
    void error(const std::string& code, SourcePosition where, std::string message, std::string hint = {}) {
        source_.error(diagnostics_, code, where, std::move(message), std::move(hint));
    }

    bool readOf(const pugi::xml_node& element, const pugi::xml_attribute& attribute, StatedTotal& total) {
        std::string list = normalizeSpace(attribute.value());
        bool ok = !list.empty();
        if (!ok) error("D304", source_.at(element, attribute), "of=\"\" names no column to add up");
        for (std::size_t start = 0; start < list.size();) {
            std::size_t space = std::min(list.find(' ', start), list.size());
            std::string name = list.substr(start, space - start);
            start = space + 1;
            int index = schema_.columnIndex(name);
            if (index < 0) {
                error("D305", source_.at(element, attribute),
                      "the stated total adds up '" + name + "', which is not a column of '" + schema_.name + "'",
                      didYouMeanHint(name, schema_.columnNames()));
                ok = false;
                continue;
            }
            ColumnType type = schema_.columns[static_cast<std::size_t>(index)].type;
            if (type != ColumnType::count && type != ColumnType::integer) {
                error("D305", source_.at(element, attribute),
                      "the stated total adds up '" + name + "', a " + columnTypeName(type) +
                          " column; only count and integer columns can be added up");
                ok = false;
                continue;
            }
            total.of.push_back(static_cast<std::size_t>(index));
        }
        return ok;
    }

    bool readValue(const pugi::xml_node& element, const pugi::xml_attribute& attribute, StatedTotal& total) {
        std::string text = normalizeSpace(attribute.value());
        if (isNoneMark(text)) return true;  // "—" states zero
        auto number = parseWholeNumber(text);
        if (number && *number >= 0) {
            total.value = *number;
            return true;
        }
        error("D304", source_.at(element, attribute),
              "a stated total must be a whole number of at least 0, or '-' for none, got \"" + text + "\"");
        return false;
    }

    bool readDiscrepancy(const pugi::xml_node& element, const pugi::xml_attribute& attribute, StatedTotal& total) {
        total.hasDiscrepancy = true;
        total.discrepancy = normalizeSpace(attribute.value());
        if (!total.discrepancy.empty()) return true;
        error("D304", source_.at(element, attribute), "discrepancy=\"\" must say why the stated total differs");
        return false;
    }

    bool readFilter(const pugi::xml_node& element, const pugi::xml_attribute& attribute, StatedTotal& total) {
        std::string name = attribute.name();
        int index = schema_.columnIndex(name);
        if (index < 0) {
            std::vector<std::string> known = totalAttributes;
            for (const auto& column : schema_.columnNames()) known.push_back(column);
            error("D306", source_.at(element, attribute),
                  "unknown attribute '" + name + "' on <total>: neither of/value/discrepancy nor a column of '" +
                      schema_.name + "'",
                  didYouMeanHint(name, known));
            return false;
        }
        const Column& column = schema_.columns[static_cast<std::size_t>(index)];
        std::string text = normalizeSpace(attribute.value());
        if (text.empty()) {
            error("D304", source_.at(element, attribute), "the filter " + name + "=\"\" of a stated total is empty");
            return false;
        }
        ParsedValue parsed = parseValue(column, text, catalog_);
        if (parsed.problem) {
            error(parsed.problem->code, source_.at(element, attribute), parsed.problem->message, parsed.problem->hint);
            return false;
        }
        total.filters.emplace_back(static_cast<std::size_t>(index), std::move(parsed.cell));
        return true;
    }

    std::string describe(const StatedTotal& total) const {
        std::string out = "of ";
        for (std::size_t i = 0; i < total.of.size(); ++i) {
            if (i > 0) out += i + 1 == total.of.size() ? " and " : ", ";
            out += schema_.columns[total.of[i]].name;
        }
        for (std::size_t i = 0; i < total.filters.size(); ++i) {
            out += i == 0 ? " for " : ", ";
            const Column& column = schema_.columns[total.filters[i].first];
            out += column.name + "=\"" + displayValue(total.filters[i].second, column) + "\"";
        }
        return out;
    }

    const XmlSource& source_;
    const Catalog& catalog_;
    const DatasetSchema& schema_;
    Diagnostics& diagnostics_;
};

std::string filterKey(const std::vector<std::size_t>& columns, const std::vector<Cell>& cells,
                      const DatasetSchema& schema) {
    std::string key;
    for (auto c : columns) {
        key += cellKey(cells[c], schema.columns[c]);
        key += '\x1f';
    }
    return key;
}

}  // namespace

void checkStatedTotals(const XmlSource& source, const Catalog& catalog, const DatasetSchema& schema,
                       const Dataset& dataset, const std::vector<pugi::xml_node>& totals, bool rowsValid,
                       Diagnostics& diagnostics) {
    TotalsChecker checker(source, catalog, schema, diagnostics);
    std::vector<StatedTotal> stated;
    for (const auto& element : totals)
        if (auto total = checker.read(element)) stated.push_back(std::move(*total));
    if (!rowsValid) return;
    // Totals filtering on the same columns share one pass over the rows (sums per filter value),
    // so the check stays linear in the rows however many totals there are.
    std::map<std::vector<std::size_t>, std::unordered_map<std::string, GroupSums>> sumsByFilterColumns;
    auto filterColumns = [](const StatedTotal& total) {
        std::vector<std::size_t> columns;
        for (const auto& filter : total.filters) columns.push_back(filter.first);
        return columns;
    };
    for (const auto& total : stated) {
        auto columns = filterColumns(total);
        if (sumsByFilterColumns.count(columns)) continue;
        auto& sums = sumsByFilterColumns[columns];
        for (const auto& record : dataset.records) {
            GroupSums& entry = sums[filterKey(columns, record.cells, schema)];
            entry.perColumn.resize(schema.columns.size());
            entry.overflowed.resize(schema.columns.size());
            for (std::size_t c = 0; c < schema.columns.size(); ++c)
                if (auto number = std::get_if<std::int64_t>(&record.cells[c].value))
                    if (!addChecked(entry.perColumn[c], *number)) entry.overflowed[c] = true;
        }
    }
    for (const auto& total : stated) {  // in document order, so the diagnostics are too
        auto columns = filterColumns(total);
        const auto& sums = sumsByFilterColumns[columns];
        std::vector<Cell> filterCells(schema.columns.size());
        for (const auto& [column, cell] : total.filters) filterCells[column] = cell;
        auto found = sums.find(filterKey(columns, filterCells, schema));
        checker.compare(total, found == sums.end() ? nullptr : &found->second);
    }
}

}  // namespace brochure::ingest
