#pragma once
// The SQLite store (Poco::Data): one table per dataset of schema.xml, filled from validated
// exports in one transaction, and queried by the layouts with bound parameters only.
// Poco and SQLite stay behind the pimpl: this header is cheap to include.

#include "core/diagnostic.h"
#include "core/value.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace brochure::store {

// An export whose rows the store held and the last ingest no longer had (deleted, renamed,
// moved out of its year folder): its rows were removed.
struct RemovedExport {
    std::string dataset;
    int year = 0;
    std::string file;
};

struct IngestResult {
    bool written = false;  // false: the inputs digest was the last ingest's, nothing was written
    std::vector<RemovedExport> removed;
};

// The note (S210) that tells a run a removed export's rows left the store.
Diagnostic removalNote(const RemovedExport& removed);

class Store : public QuerySource {
public:
    // Opens (creating as needed) the store file, in WAL mode. A fault throws brochure::FatalError
    // with an S1xx diagnostic naming the file.
    static std::unique_ptr<Store> open(const std::string& path);
    // A private store in memory (tests, and `brochure check` which never writes a file).
    static std::unique_ptr<Store> inMemory();
    ~Store() override;

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Makes the store hold exactly `exports` (the data folder is the truth), in ONE transaction:
    // creates or extends the tables the catalog declares (a table per dataset, the country-list
    // side tables, `country` and `country_alias`), drops the tables of datasets the catalog no
    // longer declares, replaces every dataset's rows with the exports' rows plus the editions
    // they carry into (ingest/editions.h: a later edition year without its own export of a
    // carried dataset gets a copy of the latest earlier one's rows under its own `_year`), and
    // records each export in `_export`. Idempotent: the same exports give the same store,
    // whatever it held before. On any failure nothing changes and a FatalError (S2xx) is thrown.
    // `inputsDigest` names the exact inputs (files and program version) the exports came from:
    // when it equals the digest the last ingest recorded, the store already holds exactly these
    // rows and nothing is written (a build re-ingests the unchanged data folder every time).
    // Every ingest records its digest, or none when it is empty.
    IngestResult ingest(const ingest::Catalog& catalog, const std::vector<ingest::Dataset>& exports,
                        const std::string& inputsDigest = {});

    // Runs one read-only SELECT (or WITH ... SELECT). Named parameters (:year, @year, $year) are
    // bound from `params`, whose keys may be written with or without the ':'; the same name may
    // appear several times. Anything else, an unknown table or column, or a parameter without a
    // value throws FatalError with an S3xx diagnostic carrying SQLite's message.
    ResultSet query(const std::string& sql, const Params& params) const override;

    // Rows of `table` for edition `year` (0 = all years); -1 when there is no such table.
    std::int64_t rowCount(const std::string& table, int year = 0) const;
    // Tables in the store, sorted.
    std::vector<std::string> tables() const;

    const std::string& path() const;  // ":memory:" for an in-memory store

    // Where `text` first occurs in the stored exports: the export file and line of the first row
    // (tables by name, rows in export order) with a text cell containing it. Lets a diagnostic
    // about a character that came from the data point at the export (T101).
    struct TextOrigin {
        std::string file;
        int line = 0;
    };
    std::optional<TextOrigin> findText(const std::string& text) const;

    struct Impl;  // the connection; defined in store/store_impl.h

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace brochure::store
