// Storing validated datasets: one transaction for the whole batch, so a failure anywhere leaves
// the store exactly as it was (SQLite's DDL is transactional too, so new tables vanish as well).

#include "store/sqlite_statement.h"
#include "store/store_impl.h"
#include "store/table_layout.h"

#include <Poco/Exception.h>

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

void deleteYear(sqlite3* db, const std::string& table, int year) {
    Statement remove(db, "DELETE FROM " + quoteIdentifier(table) + " WHERE _year = ?");
    remove.bind(1, std::int64_t{year});
    remove.step();
}

// Replaces the rows of one dataset-year.
void storeDataset(sqlite3* db, const ingest::Catalog& catalog, const ingest::Dataset& dataset) {
    const ingest::DatasetSchema* schema = catalog.dataset(dataset.name);
    if (!schema)
        fail("S201", dataset.file, "cannot store dataset '" + dataset.name + "': schema.xml does not declare it");
    TableLayout layout = tableLayout(*schema);
    deleteYear(db, layout.table, dataset.year);
    for (const auto& side : layout.sideTables) deleteYear(db, side.table, dataset.year);

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

    Statement exported(db, "INSERT OR REPLACE INTO _export (dataset, year, file, rows) VALUES (?, ?, ?, ?)");
    exported.bind(1, dataset.name);
    exported.bind(2, year);
    exported.bind(3, file);
    exported.bind(4, std::int64_t(dataset.records.size()));
    exported.step();
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

bool Store::ingest(const ingest::Catalog& catalog, const std::vector<ingest::Dataset>& datasets,
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
        if (!inputsDigest.empty() && recordedDigest(impl_->db) == inputsDigest) return false;
        impl_->session.begin();
        createOrMigrateTables(impl_->db, catalog);
        replaceCountries(impl_->db, catalog);
        for (const auto& dataset : datasets) storeDataset(impl_->db, catalog, dataset);
        recordDigest(impl_->db, inputsDigest);
        impl_->session.commit();
        return true;
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
