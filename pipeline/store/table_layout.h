#pragma once
// How a dataset of schema.xml is laid out in the store (docs/data-format.md, "In the store"):
// table `jet_participants` with `_year`, `_file`, `_line`, `_seq` and a column per schema
// column; a period column `p` also gets `p_start`, `p_end`; a country-list column `c` also gets
// a side table `<table>__c(row_seq, _year, country)`. Internal to the store.

#include "ingest/catalog.h"

#include <sqlite3.h>

#include <string>
#include <vector>

namespace brochure::store {

struct StoredColumn {
    std::string name;
    std::string sqlType;  // "TEXT" or "INTEGER"
};

struct SideTable {
    std::size_t column;  // index of the country-list column in the dataset's schema
    std::string table;   // "supported_activities__countries"
};

struct TableLayout {
    std::string table;
    std::vector<StoredColumn> columns;  // provenance first, then the data columns
    std::vector<SideTable> sideTables;
};

TableLayout tableLayout(const ingest::DatasetSchema& schema);

// Creates every table the catalog declares (and `country`, `country_alias`, `_export`), adding
// the columns a newer schema.xml declares to tables an older one created. Runs inside the
// caller's transaction.
void createOrMigrateTables(sqlite3* db, const ingest::Catalog& catalog);

}  // namespace brochure::store
