#pragma once
// While a layout query runs, the connection it runs on may only read, and only for so long:
// PRAGMA query_only refuses every write (even one a read-only-looking SELECT makes, such as
// `SELECT * FROM pragma_optimize` creating sqlite_stat1), an authorizer lets only reads be
// compiled, and a progress handler interrupts a query that outlives limits.query-seconds (a
// recursive CTE without LIMIT). The ingest, on the same connection, is not touched. Internal to
// the store.

#include <sqlite3.h>

#include <chrono>

namespace brochure::store {

class ReadOnlyScope {
public:
    explicit ReadOnlyScope(sqlite3* db);
    ~ReadOnlyScope();
    ReadOnlyScope(const ReadOnlyScope&) = delete;
    ReadOnlyScope& operator=(const ReadOnlyScope&) = delete;

    // True once the progress handler stopped the query for running too long.
    bool timedOut() const { return timedOut_; }

private:
    static int authorize(void*, int action, const char* what, const char*, const char*, const char*);
    static int progress(void* self);

    sqlite3* db_;
    std::chrono::steady_clock::time_point deadline_;
    bool timedOut_ = false;
};

}  // namespace brochure::store
