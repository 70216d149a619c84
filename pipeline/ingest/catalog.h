#pragma once
// What the exports may contain, read from data/schema.xml and data/countries.xml:
// the datasets with their typed columns, and the countries with their aliases.
// Nothing about a dataset is hard-coded in C++; everything is looked up here.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace brochure::ingest {

enum class ColumnType { text, integer, count, fiscalYear, period, month, country, countryList, url, email };

// "fiscal-year" for ColumnType::fiscalYear: the spelling used in schema.xml and in messages.
const char* columnTypeName(ColumnType type);
// The spellings of every type, for "did you mean" hints.
std::vector<std::string> columnTypeNames();

struct Column {
    std::string name;     // as in the exports: "fiscal-year"
    std::string sqlName;  // as in the store: "fiscal_year"
    ColumnType type = ColumnType::text;
    bool key = false;
    bool optional = false;
    std::vector<std::string> allowed;  // text columns only: the only values allowed (empty = any)
    int line = 0;                      // where schema.xml declares it
};

struct DatasetSchema {
    std::string name;   // "jet-participants"
    std::string table;  // "jet_participants"
    std::string title;
    std::vector<Column> columns;
    int line = 0;
    // carry="latest" (true, the default): an edition year without its own export of this
    // dataset uses the latest earlier export (ingest/editions.h). carry="no": it must be new.
    bool carried = true;

    // -1 when the dataset has no such column.
    int columnIndex(std::string_view columnName) const;
    // The columns that identify a row: those marked key, or all of them when none is.
    std::vector<std::size_t> keyColumns() const;
    std::vector<std::string> columnNames() const;
};

struct Country {
    std::string name;    // canonical: "Philippines"
    std::string slug;    // "philippines"
    std::string region;  // "ASEAN" or "South Asia"
    bool covered = true;
    std::vector<std::string> aliases;  // "Philippine"
};

class Catalog {
public:
    std::vector<DatasetSchema> datasets;  // in schema.xml order
    std::vector<Country> countries;       // in countries.xml order (the brochure's order)

    const DatasetSchema* dataset(std::string_view name) const;
    // By canonical name or alias, ignoring case and surrounding white space; nullptr when unknown.
    const Country* country(std::string_view nameOrAlias) const;
    // Canonical names and aliases, for "did you mean" hints.
    std::vector<std::string> countrySpellings() const;
    std::vector<std::string> datasetNames() const;

    // Builds the lookup tables; call after filling `countries`.
    void indexCountries();

private:
    std::unordered_map<std::string, std::size_t> countryBySpelling_;  // lower-case spelling -> index
};

// "fiscal-year" -> "fiscal_year": table and column names in the store.
std::string sqlIdentifier(std::string_view name);

}  // namespace brochure::ingest
