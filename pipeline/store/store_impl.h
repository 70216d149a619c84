#pragma once
// The store's private state, shared by its .cpp files (store.cpp, store_ingest.cpp, store_query.cpp).

#include "core/diagnostic.h"
#include "store/store.h"

#include <Poco/Data/Session.h>
#include <sqlite3.h>

#include <mutex>
#include <string>

namespace brochure::store {

struct Store::Impl {
    Impl(std::string path, Poco::Data::Session session);
    std::string path;
    Poco::Data::Session session;  // owns the connection
    sqlite3* db = nullptr;        // the same connection, for prepared statements
    // One connection serves every caller; the app may query from several threads.
    mutable std::mutex mutex;
};

// Throws the FatalError carrying `code` (S1xx open, S2xx ingest, S3xx query).
[[noreturn]] void fail(const std::string& code, const std::string& file, std::string message, std::string hint = {});

}  // namespace brochure::store
