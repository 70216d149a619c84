#pragma once
// The store's private state, shared by its .cpp files (store.cpp, store_ingest.cpp, store_query.cpp).

#include "core/diagnostic.h"
#include "store/read_only_scope.h"
#include "store/sqlite_statement.h"
#include "store/store.h"

#include <Poco/Data/Session.h>
#include <sqlite3.h>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace brochure::store {

struct Store::Impl {
    Impl(std::string path, Poco::Data::Session session);
    std::string path;
    Poco::Data::Session session;  // owns the connection
    sqlite3* db = nullptr;        // the same connection, for prepared statements
    // One connection serves every caller; the app may query from several threads.
    mutable std::mutex mutex;
    // Layout queries read only, within limits.query-seconds (store/read_only_scope.h).
    QueryGuard queryGuard;
    // Layout queries, prepared once per text: a layout runs the same query for every prose
    // block and photo, and every handout runs the brochure's; compiling SQL was a third of the
    // query stage. Held reset (no read open), so an ingest may still change the tables; declared
    // after the session so they are finalized before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<Statement>> preparedQueries;
};

// Throws the FatalError carrying `code` (S1xx open, S2xx ingest, S3xx query).
[[noreturn]] void fail(const std::string& code, const std::string& file, std::string message, std::string hint = {});

// When SQLite's error code (sqlite3_errcode, read right after the failing call) says the file
// itself is damaged (a corrupt page), throws S101 naming the store file with the hint to delete it: the
// fault is the file's, not the query's or the data's. Returns otherwise.
void failIfDamaged(const Store::Impl& store, const std::string& message, int errorCode);

// The store's file as diagnostics name it: "" for a private in-memory store (`check`).
std::string diagnosticFile(const Store::Impl& store);

}  // namespace brochure::store
