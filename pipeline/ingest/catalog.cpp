#include "ingest/catalog.h"

#include "ingest/typed_text.h"

#include <array>

namespace brochure::ingest {

namespace {
constexpr std::array<const char*, 10> typeNames = {"text",   "integer", "count",   "fiscal-year",  "period",
                                                   "month", "country", "country-list", "url", "email"};
}

const char* columnTypeName(ColumnType type) { return typeNames[static_cast<std::size_t>(type)]; }

std::vector<std::string> columnTypeNames() { return {typeNames.begin(), typeNames.end()}; }

int DatasetSchema::columnIndex(std::string_view columnName) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == columnName) return static_cast<int>(i);
    return -1;
}

std::vector<std::size_t> DatasetSchema::keyColumns() const {
    std::vector<std::size_t> keys;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key) keys.push_back(i);
    if (keys.empty())
        for (std::size_t i = 0; i < columns.size(); ++i) keys.push_back(i);
    return keys;
}

std::vector<std::string> DatasetSchema::columnNames() const {
    std::vector<std::string> names;
    for (const auto& column : columns) names.push_back(column.name);
    return names;
}

const DatasetSchema* Catalog::dataset(std::string_view name) const {
    for (const auto& schema : datasets)
        if (schema.name == name) return &schema;
    return nullptr;
}

const Country* Catalog::country(std::string_view nameOrAlias) const {
    auto found = countryBySpelling_.find(lowerAscii(normalizeSpace(nameOrAlias)));
    return found == countryBySpelling_.end() ? nullptr : &countries[found->second];
}

std::vector<std::string> Catalog::countrySpellings() const {
    std::vector<std::string> spellings;
    for (const auto& country : countries) {
        spellings.push_back(country.name);
        spellings.insert(spellings.end(), country.aliases.begin(), country.aliases.end());
    }
    return spellings;
}

std::vector<std::string> Catalog::datasetNames() const {
    std::vector<std::string> names;
    for (const auto& schema : datasets) names.push_back(schema.name);
    return names;
}

void Catalog::indexCountries() {
    countryBySpelling_.clear();
    for (std::size_t i = 0; i < countries.size(); ++i) {
        countryBySpelling_.emplace(lowerAscii(normalizeSpace(countries[i].name)), i);
        for (const auto& alias : countries[i].aliases) countryBySpelling_.emplace(lowerAscii(normalizeSpace(alias)), i);
    }
}

std::string sqlIdentifier(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c == '-') c = '_';
    return out;
}

}  // namespace brochure::ingest
