#include "app/fingerprinting_source.h"

namespace brochure::app {

namespace {

// Values are tagged by type so 1 (integer), "1" (text) and NULL never hash alike.
void addValue(Fingerprint& fingerprint, const Value& value) {
    static const char* tags[] = {"null", "int", "real", "text"};
    fingerprint.add(tags[value.index()], toText(value));
}

}  // namespace

ResultSet FingerprintingSource::query(const std::string& sql, const Params& params) const {
    auto start = std::chrono::steady_clock::now();
    ResultSet result = inner_.query(sql, params);
    nanoseconds_ += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
    fingerprint_.add("sql", sql);
    for (const auto& [name, value] : params) {
        fingerprint_.add("param", name);
        addValue(fingerprint_, value);
    }
    for (const auto& column : result.columns) fingerprint_.add("column", column);
    for (const auto& row : result.rows) {
        fingerprint_.add("row", {});
        for (const auto& value : row) addValue(fingerprint_, value);
    }
    return result;
}

}  // namespace brochure::app
