#pragma once
// While a layout query runs, the connection it runs on may only read, and only for so long:
// PRAGMA query_only refuses every write (even one a read-only-looking SELECT makes, such as
// `SELECT * FROM pragma_optimize` creating sqlite_stat1), an authorizer lets only reads be
// compiled, and a progress handler interrupts a query that outlives limits.query-seconds (a
// recursive CTE without LIMIT). The ingest, on the same connection, lifts query_only first.
// Internal to the store.

#include <sqlite3.h>

#include <chrono>

namespace brochure::store {

// What the connection's authorizer and progress handler consult. They are installed once, when
// the connection opens, and act only while a ReadOnlyScope is open: setting an authorizer expires
// every prepared statement, which would undo the store's cache of compiled layout queries.
struct QueryGuard {
    bool active = false;
    bool timedOut = false;
    bool queryOnly = false;  // PRAGMA query_only is on
    std::chrono::steady_clock::time_point deadline;

    void install(sqlite3* db);  // `this` must outlive the connection's use
    // query_only stays on from one layout query to the next (each change of it expires every
    // prepared statement, as setting an authorizer does); the ingest calls this before writing.
    void allowWrites(sqlite3* db);
};

class ReadOnlyScope {
public:
    ReadOnlyScope(sqlite3* db, QueryGuard& guard);
    ~ReadOnlyScope();
    ReadOnlyScope(const ReadOnlyScope&) = delete;
    ReadOnlyScope& operator=(const ReadOnlyScope&) = delete;

    // True once the progress handler stopped the query for running too long.
    bool timedOut() const { return guard_.timedOut; }

private:
    QueryGuard& guard_;
};

}  // namespace brochure::store
