// Storing validated datasets: one transaction for the whole batch, so a failure anywhere leaves
// the store exactly as it was (SQLite's DDL is transactional too, so new tables vanish as well).
// The batch is the whole truth: the store afterwards holds its rows and nothing else, so a
// deleted, renamed or moved export cannot linger in the PDFs.

#include "store/sqlite_statement.h"
#include "store/store_impl.h"
#include "store/table_layout.h"

#include "ingest/editions.h"

#include <Poco/Exception.h>

#include <algorithm>
#include <set>

namespace brochure::store {

namespace {

void replaceCountries(sqlite3* db, const ingest::Catalog& catalog) {
    execute(db, "DELETE FROM country");
    execute(db, "DELETE FROM country_alias");
    Statement country(db, "INSERT INTO country (name, slug, region, covered, _seq) VALUES (?, ?, ?, ?, ?)");
    Statement alias(db, "INSERT INTO country_alias (alias, name) VALUES (?, ?)");
    std::int64_t seq = 0;
    for (const auto& entry : catalog.countries) {
        country.bind(1, entry.name);
        country.bind(2, entry.slug);
        country.bind(3, entry.region);
        country.bind(4, std::int64_t{entry.covered ? 1 : 0});
        country.bind(5, ++seq);
        country.step();
        country.reset();
        for (const auto& spelling : entry.aliases) {
            alias.bind(1, spelling);
            alias.bind(2, entry.name);
            alias.step();
            alias.reset();
        }
    }
}

std::string insertSql(const TableLayout& layout) {
    std::string names, marks;
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        names += (i ? ", " : "") + quoteIdentifier(layout.columns[i].name);
        marks += i ? ", ?" : "?";
    }
    return "INSERT INTO " + quoteIdentifier(layout.table) + " (" + names + ") VALUES (" + marks + ")";
}

// The exports the store holds now (not the editions carried from them), before they are replaced.
std::vector<RemovedExport> storedExports(sqlite3* db) {
    std::vector<RemovedExport> exports;
    Statement list(db, "SELECT dataset, year, file FROM _export WHERE carried_from IS NULL ORDER BY year, dataset");
    while (list.step())
        exports.push_back({toText(list.column(0)), static_cast<int>(std::get<std::int64_t>(list.column(1))),
                           toText(list.column(2))});
    return exports;
}

// Empties every dataset table of the catalog and drops the tables of datasets it no longer
// declares: what is left to fill is exactly what the catalog describes.
void clearDatasets(sqlite3* db, const ingest::Catalog& catalog) {
    std::set<std::string> datasetTables;
    for (const auto& schema : catalog.datasets) {
        TableLayout layout = tableLayout(schema);
        datasetTables.insert(layout.table);
        for (const auto& side : layout.sideTables) datasetTables.insert(side.table);
    }
    const std::set<std::string> ownTables = {"country", "country_alias", "_export", "_ingest"};
    std::vector<std::string> stale;
    Statement list(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    while (list.step())
        if (std::string name = toText(list.column(0)); !datasetTables.count(name) && !ownTables.count(name))
            stale.push_back(name);
    for (const auto& table : stale) execute(db, "DROP TABLE " + quoteIdentifier(table));
    for (const auto& table : datasetTables) execute(db, "DELETE FROM " + quoteIdentifier(table));
    execute(db, "DELETE FROM _export");
}

// Inserts the rows of one export (its dataset-year is empty: clearDatasets ran).
void storeDataset(sqlite3* db, const ingest::Catalog& catalog, const ingest::Dataset& dataset) {
    const ingest::DatasetSchema* schema = catalog.dataset(dataset.name);
    if (!schema)
        fail("S201", dataset.file, "cannot store dataset '" + dataset.name + "': schema.xml does not declare it");
    TableLayout layout = tableLayout(*schema);

    Statement insert(db, insertSql(layout));
    std::vector<std::unique_ptr<Statement>> sideInserts;
    for (const auto& side : layout.sideTables)
        sideInserts.push_back(std::make_unique<Statement>(
            db, "INSERT INTO " + quoteIdentifier(side.table) + " (row_seq, _year, country) VALUES (?, ?, ?)"));

    const Value year = std::int64_t{dataset.year};
    const Value file = dataset.file;
    for (const auto& record : dataset.records) {
        if (record.cells.size() != schema->columns.size())
            fail("S202", dataset.file,
                 "line " + std::to_string(record.line) + ": the row has " + std::to_string(record.cells.size()) +
                     " values but dataset '" + schema->name + "' has " + std::to_string(schema->columns.size()) +
                     " columns; nothing was stored",
                 "this is a bug in the program: please report it with the file");
        const Value seq = std::int64_t{record.seq};
        int index = 1;
        insert.bind(index++, year);
        insert.bind(index++, file);
        insert.bind(index++, std::int64_t{record.line});
        insert.bind(index++, seq);
        for (std::size_t c = 0; c < schema->columns.size(); ++c) {
            const ingest::Cell& cell = record.cells[c];
            insert.bind(index++, cell.value);
            if (schema->columns[c].type == ingest::ColumnType::period) {
                bool none = isNull(cell.value);
                insert.bind(index++, none ? Value{} : Value{std::int64_t{cell.period.start}});
                insert.bind(index++, none ? Value{} : Value{std::int64_t{cell.period.end}});
            }
        }
        insert.step();
        insert.reset();
        for (std::size_t s = 0; s < layout.sideTables.size(); ++s) {
            Statement& side = *sideInserts[s];
            for (const auto& country : ingest::countryListItems(record.cells[layout.sideTables[s].column])) {
                side.bind(1, seq);
                side.bind(2, year);
                side.bind(3, country);
                side.step();
                side.reset();
            }
        }
    }

    Statement exported(db, "INSERT INTO _export (dataset, year, file, rows) VALUES (?, ?, ?, ?)");
    exported.bind(1, dataset.name);
    exported.bind(2, year);
    exported.bind(3, file);
    exported.bind(4, std::int64_t(dataset.records.size()));
    exported.step();
}

// Copies the rows of an older export into the edition that carries it, under the edition's
// `_year`: a layout's `WHERE _year = :year` then finds them like the edition's own.
void storeCarried(sqlite3* db, const ingest::Catalog& catalog, const ingest::CarriedExport& carried) {
    TableLayout layout = tableLayout(*catalog.dataset(carried.dataset));
    std::string names, values;
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        const std::string name = quoteIdentifier(layout.columns[i].name);
        names += (i ? ", " : "") + name;
        values += (i ? ", " : "") + (layout.columns[i].name == "_year" ? std::string("?") : name);
    }
    auto copy = [&](const std::string& sql) {
        Statement statement(db, sql);
        statement.bind(1, std::int64_t{carried.year});
        statement.bind(2, std::int64_t{carried.fromYear});
        statement.step();
    };
    const std::string table = quoteIdentifier(layout.table);
    copy("INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table + " WHERE _year = ?");
    for (const auto& side : layout.sideTables)
        copy("INSERT INTO " + quoteIdentifier(side.table) + " (row_seq, _year, country) SELECT row_seq, ?, country FROM " +
             quoteIdentifier(side.table) + " WHERE _year = ?");
    Statement exported(db, "INSERT INTO _export (dataset, year, file, rows, carried_from) "
                           "SELECT dataset, ?, file, rows, year FROM _export WHERE dataset = ? AND year = ?");
    exported.bind(1, std::int64_t{carried.year});
    exported.bind(2, carried.dataset);
    exported.bind(3, std::int64_t{carried.fromYear});
    exported.step();
}

// The stored exports that `exports` does not have any more.
std::vector<RemovedExport> removedExports(std::vector<RemovedExport> before, const std::vector<ingest::Dataset>& exports) {
    std::set<std::pair<std::string, int>> now;
    for (const auto& dataset : exports) now.emplace(dataset.name, dataset.year);
    before.erase(std::remove_if(before.begin(), before.end(),
                                [&](const RemovedExport& e) { return now.count({e.dataset, e.year}) > 0; }),
                 before.end());
    return before;
}

// The inputs digest of the last ingest, in a one-row table; "" when unknown.
std::string recordedDigest(sqlite3* db) {
    Statement exists(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_ingest'");
    if (!exists.step() || std::get<std::int64_t>(exists.column(0)) == 0) return {};
    Statement digest(db, "SELECT digest FROM _ingest");
    return digest.step() ? toText(digest.column(0)) : std::string{};
}

void recordDigest(sqlite3* db, const std::string& digest) {
    execute(db, "CREATE TABLE IF NOT EXISTS _ingest (digest TEXT NOT NULL)");
    execute(db, "DELETE FROM _ingest");
    Statement insert(db, "INSERT INTO _ingest (digest) VALUES (?)");
    insert.bind(1, digest);
    insert.step();
}

}  // namespace

Diagnostic removalNote(const RemovedExport& removed) {
    return Diagnostic{Severity::note, "S210", removed.file, 0, 0,
                      "dataset '" + removed.dataset + "' of " + std::to_string(removed.year) +
                          " was removed from the store: this export is no longer read",
                      "exports are read from data/<year>/<dataset>.xml (lower-case .xml, directly in the year folder)"};
}

IngestResult Store::ingest(const ingest::Catalog& catalog, const std::vector<ingest::Dataset>& exports,
                           const std::string& inputsDigest) {
    std::lock_guard lock(impl_->mutex);
    auto rollback = [&] {
        try {
            if (impl_->session.isTransaction()) impl_->session.rollback();
        } catch (const Poco::Exception&) {
            // The connection is already gone; SQLite discards the open transaction with it.
        }
    };
    try {
        IngestResult result;
        if (!inputsDigest.empty() && recordedDigest(impl_->db) == inputsDigest) return result;
        impl_->queryGuard.allowWrites(impl_->db);  // layout queries left the connection query-only
        impl_->session.begin();
        createOrMigrateTables(impl_->db, catalog);
        result.removed = removedExports(storedExports(impl_->db), exports);
        clearDatasets(impl_->db, catalog);
        replaceCountries(impl_->db, catalog);
        for (const auto& dataset : exports) storeDataset(impl_->db, catalog, dataset);
        for (const auto& carried : ingest::carriedExports(catalog, exports)) storeCarried(impl_->db, catalog, carried);
        recordDigest(impl_->db, inputsDigest);
        impl_->session.commit();
        result.written = true;
        return result;
    } catch (const FatalError&) {
        rollback();
        throw;
    } catch (const SqliteError& e) {
        const int errorCode = sqlite3_errcode(impl_->db);  // before the rollback sets another
        rollback();
        failIfDamaged(*impl_, e.message, errorCode);
        fail("S200", diagnosticFile(*impl_), "cannot store the data, nothing was changed: " + e.message);
    } catch (const Poco::Exception& e) {
        rollback();
        fail("S200", diagnosticFile(*impl_), "cannot store the data, nothing was changed: " + e.displayText());
    }
}

}  // namespace brochure::store
