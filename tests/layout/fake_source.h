#pragma once
// A QuerySource with canned answers, for binding small layouts without a store: each answer is
// chosen by a fragment of the SQL text; SQL containing "FAIL" throws like the store does.

#include "core/diagnostic.h"
#include "core/value.h"

#include <string>
#include <utility>
#include <vector>

namespace brochure::test {

class FakeSource : public QuerySource {
public:
    // Queries whose SQL contains `fragment` answer `result` (the first match wins).
    FakeSource& answer(std::string fragment, ResultSet result) {
        answers_.emplace_back(std::move(fragment), std::move(result));
        return *this;
    }

    ResultSet query(const std::string& sql, const Params& params) const override {
        calls.push_back({sql, params});
        if (sql.find("FAIL") != std::string::npos)
            throw FatalError{{Severity::error, "S301", {}, 0, 0, "no such column: FAIL", {}}};
        for (const auto& [fragment, result] : answers_)
            if (sql.find(fragment) != std::string::npos) return result;
        return {};
    }

    mutable std::vector<std::pair<std::string, Params>> calls;

private:
    std::vector<std::pair<std::string, ResultSet>> answers_;
};

inline Value v(int i) { return Value{std::int64_t{i}}; }
inline Value v(const char* s) { return Value{std::string(s)}; }
inline Value null() { return Value{}; }

}  // namespace brochure::test
