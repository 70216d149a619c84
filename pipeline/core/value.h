#pragma once
// A cell value as it travels from an export through the store to a layout binding.

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace brochure {

// monostate = SQL NULL (for example a count written "-" in the source: none).
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline bool isNull(const Value& v) { return std::holds_alternative<std::monostate>(v); }
std::string toText(const Value& v);  // "" for NULL, decimal for numbers

// Named query parameters (":year", ":country"): always bound, never spliced into SQL text.
using Params = std::map<std::string, Value>;

struct ResultSet {
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;

    int columnIndex(const std::string& name) const;  // -1 when absent
    bool empty() const { return rows.empty(); }
};

}  // namespace brochure

namespace brochure {

// Where bound queries run: the SQLite store in production, a fake in tests.
// Implementations bind every parameter (never splice values into the SQL text) and reject
// anything but a read-only SELECT.
class QuerySource {
public:
    virtual ~QuerySource() = default;
    virtual ResultSet query(const std::string& sql, const Params& params) const = 0;
};

}  // namespace brochure
