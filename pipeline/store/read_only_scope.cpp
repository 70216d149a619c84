#include "store/read_only_scope.h"

#include "core/limits.h"
#include "store/sqlite_statement.h"
#include "store/store_impl.h"

#include <cstring>

namespace brochure::store {

namespace {

// Virtual machine instructions between two looks at the clock: a few microseconds of work.
constexpr int kInstructionsPerCheck = 1000;

}  // namespace

ReadOnlyScope::ReadOnlyScope(sqlite3* db)
    : db_(db), deadline_(std::chrono::steady_clock::now() + std::chrono::seconds(limits().maxQuerySeconds)) {
    try {
        execute(db_, "PRAGMA query_only = 1");
    } catch (const SqliteError& e) {
        fail("S304", {}, "cannot make the store's connection read-only: " + e.message);
    }
    sqlite3_set_authorizer(db_, &ReadOnlyScope::authorize, this);
    sqlite3_progress_handler(db_, kInstructionsPerCheck, &ReadOnlyScope::progress, this);
}

ReadOnlyScope::~ReadOnlyScope() {
    sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    sqlite3_set_authorizer(db_, nullptr, nullptr);
    try {
        execute(db_, "PRAGMA query_only = 0");
    } catch (const SqliteError&) {
        // Only an out-of-memory connection fails this; the ingest's first write then says so.
    }
}

int ReadOnlyScope::authorize(void*, int action, const char* what, const char*, const char*, const char*) {
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

int ReadOnlyScope::progress(void* self) {
    auto* scope = static_cast<ReadOnlyScope*>(self);
    if (std::chrono::steady_clock::now() < scope->deadline_) return 0;
    scope->timedOut_ = true;
    return 1;  // interrupts the statement: its step fails with SQLITE_INTERRUPT
}

}  // namespace brochure::store
