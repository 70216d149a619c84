#include "store/sqlite_statement.h"

namespace brochure::store {

Statement::Statement(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr) != SQLITE_OK)
        throw SqliteError{sqlite3_errmsg(db)};
}

Statement::~Statement() { sqlite3_finalize(statement_); }

void Statement::bind(int index, const Value& value) {
    int rc = SQLITE_OK;
    if (auto i = std::get_if<std::int64_t>(&value)) rc = sqlite3_bind_int64(statement_, index, *i);
    else if (auto d = std::get_if<double>(&value)) rc = sqlite3_bind_double(statement_, index, *d);
    else if (auto s = std::get_if<std::string>(&value))
        rc = sqlite3_bind_text(statement_, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    else rc = sqlite3_bind_null(statement_, index);
    if (rc != SQLITE_OK) throw SqliteError{sqlite3_errmsg(db_)};
}

bool Statement::step() {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SqliteError{sqlite3_errmsg(db_)};
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

Value Statement::column(int index) const {
    switch (sqlite3_column_type(statement_, index)) {
        case SQLITE_INTEGER: return std::int64_t{sqlite3_column_int64(statement_, index)};
        case SQLITE_FLOAT: return sqlite3_column_double(statement_, index);
        case SQLITE_NULL: return std::monostate{};
        default: {
            auto text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, index));
            return std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(statement_, index)));
        }
    }
}

void execute(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw SqliteError{message};
    }
}

std::string quoteIdentifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';  // doubled, as SQL escapes it
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace brochure::store
