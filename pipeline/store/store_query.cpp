// Layout queries: one read-only SELECT, every value bound as a parameter (never spliced).

#include "core/limits.h"
#include "core/spelling.h"
#include "store/sql_text.h"
#include "store/sqlite_statement.h"
#include "store/store_impl.h"

namespace brochure::store {

namespace {

constexpr std::size_t kMaxPreparedQueries = 256;

std::string shortened(const std::string& sql) {
    std::string oneLine;
    bool space = false;
    for (char c : sql) {
        bool isSpace = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (isSpace) {
            space = !oneLine.empty();
            continue;
        }
        if (space) oneLine += ' ';
        space = false;
        oneLine += c;
    }
    return oneLine.size() > 80 ? oneLine.substr(0, 77) + "..." : oneLine;
}

[[noreturn]] void queryFails(const std::string& code, const std::string& sql, const std::string& message,
                             std::string hint = {}) {
    fail(code, {}, message + " (in query: " + shortened(sql) + ")", std::move(hint));
}

// Every table name, or every column name of every table, in the store.
std::vector<std::string> storeNames(sqlite3* db, bool columns) {
    std::vector<std::string> names;
    Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        std::string table = toText(tables.column(0));
        if (!columns) {
            names.push_back(table);
            continue;
        }
        Statement info(db, "PRAGMA table_info(" + quoteIdentifier(table) + ")");
        while (info.step()) names.push_back(toText(info.column(1)));
    }
    return names;
}

// "did you mean 'jet_participants'?" for SQLite's "no such table: jet_participant".
std::string hintForUnknownName(sqlite3* db, const std::string& message) {
    for (auto [prefix, columns] : {std::pair{"no such table: ", false}, std::pair{"no such column: ", true}}) {
        std::string_view what(prefix);
        if (message.compare(0, what.size(), what) != 0) continue;
        std::string name = message.substr(what.size());
        if (auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);  // "t.column"
        try {
            return didYouMeanHint(name, storeNames(db, columns));
        } catch (const SqliteError&) {
            return {};  // only a hint: never let it hide the real error
        }
    }
    return {};
}

// The statement, checked to be a single read-only SELECT.
sqlite3_stmt* prepareSelect(const Store::Impl& store, const std::string& sql) {
    sqlite3* db = store.db;
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    if (int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement, &tail); rc != SQLITE_OK) {
        std::string message = sqlite3_errmsg(db);
        // The read-only scope's authorizer refused a part of it (SQLite reports that as an
        // SQLITE_ERROR "not authorized" when the refusal comes from a pragma's virtual table).
        if ((rc & 0xff) == SQLITE_AUTH || message == "not authorized")
            queryFails("S300", sql, "a query may only read: it must be a SELECT",
                       "layouts read the store; only `brochure ingest` writes it (and a pragma is not a query)");
        failIfDamaged(store, message, sqlite3_errcode(db));  // "malformed database schema" is the file's fault, not the query's
        queryFails("S301", sql, "the query is not valid: " + message, hintForUnknownName(db, message));
    }
    if (!statement) queryFails("S300", sql, "the query is empty");
    std::string_view rest(tail, static_cast<std::size_t>(sql.c_str() + sql.size() - tail));
    std::string keyword = leadingKeyword(sql);
    const char* refusal = nullptr;
    if (!skipSpaceAndComments(rest).empty()) refusal = "a query must be a single statement";
    else if (!sqlite3_stmt_readonly(statement) || (keyword != "SELECT" && keyword != "WITH" && keyword != "VALUES"))
        refusal = "a query may only read: it must be a SELECT";
    if (refusal) {
        sqlite3_finalize(statement);
        queryFails("S300", sql, refusal, "layouts read the store; only `brochure ingest` writes it");
    }
    return statement;
}

const Value* parameterValue(const Params& params, const char* name) {
    auto found = params.find(name);
    if (found == params.end()) found = params.find(name + 1);  // given as "year" for ":year"
    return found == params.end() ? nullptr : &found->second;
}

std::string knownParameters(const Params& params) {
    std::string names;
    for (const auto& [name, value] : params) names += (names.empty() ? "" : ", ") + name;
    return names.empty() ? "none was given" : "given: " + names;
}

}  // namespace

ResultSet Store::query(const std::string& sql, const Params& params) const {
    std::lock_guard lock(impl_->mutex);
    ReadOnlyScope readOnly(impl_->db, impl_->queryGuard);
    auto& prepared = impl_->preparedQueries;
    auto found = prepared.find(sql);
    if (found == prepared.end()) {
        // A layout's queries are few; a caller inventing queries without end still stays bounded.
        if (prepared.size() >= kMaxPreparedQueries) prepared.clear();
        found = prepared.emplace(sql, std::make_unique<Statement>(impl_->db, prepareSelect(*impl_, sql))).first;
    }
    Statement& statement = *found->second;
    // Reset on every way out (rows read, a bad parameter, a failing step): a statement left
    // mid-read would hold a read transaction open and block the next ingest's writes.
    struct ResetAfterUse {
        Statement& statement;
        ~ResetAfterUse() { statement.reset(); }
    } resetAfterUse{statement};
    try {
        for (int i = 1; i <= sqlite3_bind_parameter_count(statement.get()); ++i) {
            const char* name = sqlite3_bind_parameter_name(statement.get(), i);
            if (!name || name[0] == '?')
                queryFails("S303", sql, "the query has a positional parameter '?'", "name it, as in :year or :country");
            const Value* value = parameterValue(params, name);
            if (!value)
                queryFails("S302", sql, std::string("no value for the parameter ") + name, knownParameters(params));
            statement.bind(i, *value);
        }
        // Columns are read after the first step: a statement kept from before an ingest that
        // changed its tables is compiled again inside that step, and `SELECT *` may then have more.
        bool more = statement.step();
        ResultSet result;
        const int columns = sqlite3_column_count(statement.get());
        for (int c = 0; c < columns; ++c) result.columns.emplace_back(sqlite3_column_name(statement.get(), c));
        const std::int64_t maxRows = limits().maxQueryRows;
        for (; more; more = statement.step()) {
            if (static_cast<std::int64_t>(result.rows.size()) == maxRows)
                queryFails("S306", sql, "the query returns more than " + std::to_string(maxRows) + " rows (limits.query-rows)",
                           "add a WHERE or LIMIT; a document cannot show that many rows");
            auto& row = result.rows.emplace_back();
            row.reserve(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) row.push_back(statement.column(c));
        }
        return result;
    } catch (const SqliteError& e) {
        if (readOnly.timedOut())
            queryFails("S305", sql,
                       "the query ran longer than " + std::to_string(limits().maxQuerySeconds) +
                           " s (limits.query-seconds) and was stopped",
                       "a recursive WITH needs a condition or LIMIT that ends it");
        failIfDamaged(*impl_, e.message, sqlite3_errcode(impl_->db));
        queryFails("S304", sql, "the query failed: " + e.message);
    }
}

}  // namespace brochure::store
