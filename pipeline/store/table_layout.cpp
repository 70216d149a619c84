#include "store/table_layout.h"

#include "store/sqlite_statement.h"

#include <set>

namespace brochure::store {

namespace {

const char* sqlType(ingest::ColumnType type) {
    using ingest::ColumnType;
    switch (type) {
        case ColumnType::integer:
        case ColumnType::count:
        case ColumnType::fiscalYear:
        case ColumnType::month: return "INTEGER";
        default: return "TEXT";
    }
}

std::set<std::string> existingColumns(sqlite3* db, const std::string& table) {
    std::set<std::string> names;
    Statement info(db, "PRAGMA table_info(" + quoteIdentifier(table) + ")");
    while (info.step()) names.insert(toText(info.column(1)));
    return names;
}

// CREATE TABLE IF NOT EXISTS, then ALTER TABLE ADD COLUMN for what an older store lacks.
// (Columns a newer schema dropped stay, unused: SQLite cannot drop them cheaply and nothing reads them.)
void createOrExtend(sqlite3* db, const std::string& table, const std::vector<StoredColumn>& columns,
                    const std::string& constraints = {}) {
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoteIdentifier(table) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i)
        sql += (i ? ", " : "") + quoteIdentifier(columns[i].name) + " " + columns[i].sqlType;
    execute(db, sql + constraints + ")");
    auto existing = existingColumns(db, table);
    for (const auto& column : columns)
        if (!existing.count(column.name))
            execute(db, "ALTER TABLE " + quoteIdentifier(table) + " ADD COLUMN " + quoteIdentifier(column.name) + " " +
                            column.sqlType);
}

// Index names share SQLite's namespace with tables; ':' keeps them apart from any dataset name.
void createIndex(sqlite3* db, const std::string& table, const std::string& columns) {
    execute(db, "CREATE INDEX IF NOT EXISTS " + quoteIdentifier("idx:" + table + ":" + columns) + " ON " +
                    quoteIdentifier(table) + " (" + columns + ")");
}

}  // namespace

TableLayout tableLayout(const ingest::DatasetSchema& schema) {
    TableLayout layout;
    layout.table = schema.table;
    layout.columns = {{"_year", "INTEGER"}, {"_file", "TEXT"}, {"_line", "INTEGER"}, {"_seq", "INTEGER"}};
    for (std::size_t i = 0; i < schema.columns.size(); ++i) {
        const auto& column = schema.columns[i];
        layout.columns.push_back({column.sqlName, sqlType(column.type)});
        if (column.type == ingest::ColumnType::period) {
            layout.columns.push_back({column.sqlName + "_start", "INTEGER"});
            layout.columns.push_back({column.sqlName + "_end", "INTEGER"});
        }
        if (column.type == ingest::ColumnType::countryList)
            layout.sideTables.push_back({i, schema.table + "__" + column.sqlName});
    }
    return layout;
}

void createOrMigrateTables(sqlite3* db, const ingest::Catalog& catalog) {
    createOrExtend(db, "country",
                   {{"name", "TEXT"}, {"slug", "TEXT"}, {"region", "TEXT"}, {"covered", "INTEGER"}, {"_seq", "INTEGER"}});
    createOrExtend(db, "country_alias", {{"alias", "TEXT"}, {"name", "TEXT"}});
    createOrExtend(db, "_export",
                   {{"dataset", "TEXT"}, {"year", "INTEGER"}, {"file", "TEXT"}, {"rows", "INTEGER"}, {"carried_from", "INTEGER"}},
                   ", PRIMARY KEY (dataset, year)");
    for (const auto& schema : catalog.datasets) {
        TableLayout layout = tableLayout(schema);
        createOrExtend(db, layout.table, layout.columns);
        createIndex(db, layout.table, "_year, _seq");
        for (const auto& side : layout.sideTables) {
            createOrExtend(db, side.table, {{"row_seq", "INTEGER"}, {"_year", "INTEGER"}, {"country", "TEXT"}});
            createIndex(db, side.table, "_year, row_seq");
            createIndex(db, side.table, "country");
        }
    }
}

}  // namespace brochure::store
