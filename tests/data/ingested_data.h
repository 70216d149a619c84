#pragma once
// data/ of the repository ingested once per test process into an in-memory store, the way
// `brochure ingest data` does it, with the diagnostics of reading it kept for inspection.

#include "core/diagnostic.h"
#include "core/value.h"

#include <memory>
#include <string>
#include <vector>

namespace brochure::testdata {

class IngestedData {
public:
    virtual ~IngestedData() = default;
    // Everything loading the catalog and reading the exports reported.
    virtual const Diagnostics& diagnostics() const = 0;
    // A read-only query on the store; fails the current test when the store refuses it.
    virtual ResultSet query(const std::string& sql) const = 0;
};

// data/ of the source tree (BROCHURE_SOURCE_DIR "/data"), ingested on first use.
const IngestedData& ingestedData();

// The catalog of data/ (schema.xml, countries.xml) and the exports found in `folders`, in a
// store of their own.
std::unique_ptr<IngestedData> ingestFolders(const std::vector<std::string>& folders);

// A stored value as a comparable cell: NULL as "NULL", numbers in decimal.
std::string cellText(const Value& value);

// Every row of a query as cells (see cellText), from `data` (by default data/ of the source tree).
std::vector<std::vector<std::string>> queryCells(const std::string& sql);
std::vector<std::vector<std::string>> queryCells(const IngestedData& data, const std::string& sql);

}  // namespace brochure::testdata
