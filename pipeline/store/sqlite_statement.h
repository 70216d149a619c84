#pragma once
// A prepared SQLite statement that finalizes itself, for the two hot paths of the store (bulk
// inserts and layout queries) which run on the connection Poco::Data opened. Internal to the store.

#include "core/value.h"

#include <sqlite3.h>

#include <string>

namespace brochure::store {

// An SQLite failure, with SQLite's own message; the store turns it into a diagnostic.
struct SqliteError {
    std::string message;
};

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql);
    // Takes over a statement prepared elsewhere (finalized by this object).
    Statement(sqlite3* db, sqlite3_stmt* adopted) : db_(db), statement_(adopted) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, const Value& value);  // 1-based
    bool step();                                // true while there is a row
    void reset();                               // ready to bind and step again
    Value column(int index) const;              // 0-based
    sqlite3_stmt* get() const { return statement_; }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// Runs SQL without results (DDL, DELETE) directly on the handle.
void execute(sqlite3* db, const std::string& sql);

// "name" -> "\"name\"": identifiers are always quoted (they come from schema.xml, already
// restricted to a-z, 0-9 and '_', but a quoted name can never be read as SQL).
std::string quoteIdentifier(const std::string& name);

}  // namespace brochure::store
