#pragma once
// Reads a store file back with SQLite itself (not through our store code): its integrity check
// and a dump of every table, to compare a store before and after a killed run.

#include <string>

namespace brochure::testing {

struct StoreDump {
    std::string integrity;  // "ok" when PRAGMA integrity_check finds nothing
    std::string rows;       // every table (sorted by name), every row in rowid order, as text
};

// Opens `path` read-write (so a write-ahead log left by a killed process is recovered, as the
// program itself would) and dumps it. A store that cannot be opened gives its error as integrity.
StoreDump dumpStore(const std::string& path);

}  // namespace brochure::testing
