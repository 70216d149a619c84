#include "store/read_only_scope.h"

#include "core/limits.h"
#include "store/sqlite_statement.h"
#include "store/store_impl.h"

#include <cstring>

namespace brochure::store {

namespace {

// Virtual machine instructions between two looks at the clock: a few microseconds of work.
constexpr int kInstructionsPerCheck = 1000;

int authorize(void* state, int action, const char* what, const char*, const char*, const char*) {
    if (!static_cast<const QueryGuard*>(state)->active) return SQLITE_OK;
    switch (action) {
        case SQLITE_SELECT:
        case SQLITE_READ:
        case SQLITE_FUNCTION:
        case SQLITE_RECURSIVE:
            return SQLITE_OK;
        case SQLITE_PRAGMA:
            // The one pragma the store's own "did you mean" hint reads; it only lists columns.
            return what && std::strcmp(what, "table_info") == 0 ? SQLITE_OK : SQLITE_DENY;
        default:
            return SQLITE_DENY;
    }
}

int progress(void* state) {
    auto* guard = static_cast<QueryGuard*>(state);
    if (!guard->active || std::chrono::steady_clock::now() < guard->deadline) return 0;
    guard->timedOut = true;
    return 1;  // interrupts the statement: its step fails with SQLITE_INTERRUPT
}

}  // namespace

void QueryGuard::install(sqlite3* db) {
    sqlite3_set_authorizer(db, &authorize, this);
    sqlite3_progress_handler(db, kInstructionsPerCheck, &progress, this);
}

void QueryGuard::allowWrites(sqlite3* db) {
    if (!queryOnly) return;
    execute(db, "PRAGMA query_only = 0");
    queryOnly = false;
}

ReadOnlyScope::ReadOnlyScope(sqlite3* db, QueryGuard& guard) : guard_(guard) {
    if (!guard_.queryOnly) {
        try {
            execute(db, "PRAGMA query_only = 1");
        } catch (const SqliteError& e) {
            fail("S304", {}, "cannot make the store's connection read-only: " + e.message);
        }
        guard_.queryOnly = true;
    }
    guard_.active = true;
    guard_.timedOut = false;
    guard_.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits().maxQuerySeconds);
}

ReadOnlyScope::~ReadOnlyScope() { guard_.active = false; }

}  // namespace brochure::store
