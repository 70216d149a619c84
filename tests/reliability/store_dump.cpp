#include "store_dump.h"

#include <sqlite3.h>

#include <vector>

namespace brochure::testing {

namespace {

// Runs `sql` and appends each row's columns, tab-separated, one row per line.
std::string rowsOf(sqlite3* db, const std::string& sql) {
    std::string out;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        return "error: " + std::string(sqlite3_errmsg(db)) + "\n";
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            const unsigned char* text = sqlite3_column_text(statement, c);
            out += (c ? "\t" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "NULL");
        }
        out += '\n';
    }
    sqlite3_finalize(statement);
    return out;
}

}  // namespace

StoreDump dumpStore(const std::string& path) {
    StoreDump dump;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        dump.integrity = "cannot open: " + std::string(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return dump;
    }
    dump.integrity = rowsOf(db, "PRAGMA integrity_check");
    if (!dump.integrity.empty() && dump.integrity.back() == '\n') dump.integrity.pop_back();
    std::vector<std::string> tables;
    std::string names = rowsOf(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (std::size_t at = 0, end; (end = names.find('\n', at)) != std::string::npos; at = end + 1)
        tables.push_back(names.substr(at, end - at));
    for (const auto& table : tables) {
        dump.rows += "== " + table + "\n";
        dump.rows += rowsOf(db, "SELECT * FROM \"" + table + "\" ORDER BY rowid");
    }
    sqlite3_close(db);
    return dump;
}

}  // namespace brochure::testing
