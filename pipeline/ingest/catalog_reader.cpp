// Reads data/schema.xml and data/countries.xml into a Catalog. Mistakes in these two files are
// reported like mistakes in an export (codes D120-D123), because people edit them too.

#include "ingest/ingest.h"
#include "core/spelling.h"
#include "ingest/typed_text.h"
#include "ingest/xml_source.h"

#include <algorithm>
#include <set>

namespace brochure::ingest {

namespace {

const std::vector<std::string> schemaDatasetAttributes = {"name", "title", "carry"};
const std::vector<std::string> schemaColumnAttributes = {"name", "type", "key", "optional", "values"};
const std::vector<std::string> countryAttributes = {"name", "slug", "region", "covered"};
// Tables the store creates itself, which a dataset may not take over.
const std::vector<std::string> reservedDatasets = {"country", "country-alias"};

// Dataset and column names end up as SQL identifiers, so they are kept to a-z, 0-9 and single '-'.
bool isPlainName(const std::string& name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z' || name.back() == '-') return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && name[i + 1] == '-')) return false;
    }
    return true;
}

class CatalogReader {
public:
    CatalogReader(const XmlSource& source, Diagnostics& diagnostics) : source_(source), diagnostics_(diagnostics) {}

    void error(const std::string& code, const pugi::xml_node& node, std::string message, std::string hint = {}) {
        source_.error(diagnostics_, code, source_.at(node), std::move(message), std::move(hint));
    }
    void error(const std::string& code, const pugi::xml_node& node, const pugi::xml_attribute& attribute,
               std::string message, std::string hint = {}) {
        source_.error(diagnostics_, code, source_.at(node, attribute), std::move(message), std::move(hint));
    }

    // The root element, if it is <rootName>.
    pugi::xml_node root(const char* rootName) {
        auto element = source_.document().document_element();
        if (std::string(element.name()) != rootName) {
            error("D120", element, std::string("expected <") + rootName + "> as the root element, found <" +
                                       element.name() + ">");
            return {};
        }
        checkAttributes(source_, element, {}, "D120", diagnostics_);
        return element;
    }

    // The children of `parent` named `childName`; reports any other element.
    std::vector<pugi::xml_node> children(const pugi::xml_node& parent, const std::string& childName) {
        std::vector<pugi::xml_node> found;
        for (auto child : parent.children()) {
            if (child.type() != pugi::node_element) continue;
            if (childName == child.name()) found.push_back(child);
            else
                error("D120", child, std::string("unexpected element <") + child.name() + "> in <" + parent.name() + ">",
                      didYouMeanHint(child.name(), {childName}));
        }
        return found;
    }

    // A required, non-empty attribute (white space normalised).
    std::string required(const pugi::xml_node& element, const char* name) {
        std::string value = normalizeSpace(element.attribute(name).value());
        if (value.empty())
            error("D120", element, std::string("<") + element.name() + "> needs a " + name + "=\"...\" attribute");
        return value;
    }

    // "yes" / "no" attribute, `fallback` when absent.
    bool yesNo(const pugi::xml_node& element, const char* name, bool fallback) {
        auto attribute = element.attribute(name);
        if (!attribute) return fallback;
        std::string value = attribute.value();
        if (value == "yes") return true;
        if (value == "no") return false;
        error("D123", element, attribute, std::string("'") + name + "' must be \"yes\" or \"no\", got \"" + value + "\"");
        return fallback;
    }

    // carry="latest" (the default: an edition without its own export uses the latest earlier
    // one) or carry="no" (the dataset must be new every edition). True when carried.
    bool carry(const pugi::xml_node& element) {
        auto attribute = element.attribute("carry");
        if (!attribute) return true;
        std::string value = attribute.value();
        if (value == "latest") return true;
        if (value == "no") return false;
        error("D123", element, attribute, "'carry' must be \"latest\" or \"no\", got \"" + value + "\"");
        return true;
    }

    // A dataset or column name, checked for use as an SQL identifier.
    std::string plainName(const pugi::xml_node& element, const char* what) {
        std::string name = required(element, "name");
        if (!name.empty() && !isPlainName(name)) {
            error("D123", element, element.attribute("name"),
                  std::string("the ") + what + " name \"" + name +
                      "\" may use only lower-case letters, digits and single '-', starting with a letter");
            return {};
        }
        return name;
    }

private:
    const XmlSource& source_;
    Diagnostics& diagnostics_;
};

std::optional<ColumnType> typeNamed(const std::string& name) {
    auto names = columnTypeNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<ColumnType>(i);
    return std::nullopt;
}

// Every name the store will use for this dataset's columns; a clash would break its table.
void checkStoredNames(CatalogReader& reader, const pugi::xml_node& element, const DatasetSchema& schema) {
    std::set<std::string> stored;
    for (const auto& column : schema.columns) {
        std::vector<std::string> names = {column.sqlName};
        if (column.type == ColumnType::period) {
            names.push_back(column.sqlName + "_start");
            names.push_back(column.sqlName + "_end");
        }
        for (const auto& name : names)
            if (!stored.insert(name).second)
                reader.error("D122", element, "dataset '" + schema.name + "' would have two columns named '" + name +
                                                  "' in the store");
    }
}

void readColumn(CatalogReader& reader, const XmlSource& source, const pugi::xml_node& element,
                DatasetSchema& schema, Diagnostics& diagnostics) {
    checkAttributes(source, element, schemaColumnAttributes, "D120", diagnostics);
    Column column;
    column.name = reader.plainName(element, "column");
    column.sqlName = sqlIdentifier(column.name);
    column.line = source.at(element).line;
    std::string typeName = reader.required(element, "type");
    if (auto type = typeNamed(typeName)) column.type = *type;
    else if (!typeName.empty()) {
        std::string hint = didYouMeanHint(typeName, columnTypeNames());
        reader.error("D121", element, element.attribute("type"), "unknown column type \"" + typeName + "\"",
                     hint.empty() ? "the types are " + quotedList(columnTypeNames()) : hint);
    }
    column.key = reader.yesNo(element, "key", false);
    column.optional = reader.yesNo(element, "optional", false);
    if (auto values = element.attribute("values")) {
        if (column.type != ColumnType::text)
            reader.error("D123", element, values, "values=\"...\" is allowed on text columns only");
        std::string list = normalizeSpace(values.value());
        for (std::size_t start = 0; start < list.size();) {
            std::size_t space = std::min(list.find(' ', start), list.size());
            column.allowed.push_back(list.substr(start, space - start));
            start = space + 1;
        }
    }
    if (column.name.empty()) return;
    if (schema.columnIndex(column.name) >= 0)
        reader.error("D122", element, "column '" + column.name + "' is declared twice in dataset '" + schema.name + "'");
    else
        schema.columns.push_back(std::move(column));
}

bool readSchema(const XmlSource& source, Catalog& catalog, Diagnostics& diagnostics) {
    std::size_t errorsBefore = diagnostics.errorCount();
    CatalogReader reader(source, diagnostics);
    auto root = reader.root("schema");
    if (!root) return false;
    for (auto element : reader.children(root, "dataset")) {
        checkAttributes(source, element, schemaDatasetAttributes, "D120", diagnostics);
        DatasetSchema schema;
        schema.name = reader.plainName(element, "dataset");
        schema.table = sqlIdentifier(schema.name);
        schema.title = normalizeSpace(element.attribute("title").value());
        schema.line = source.at(element).line;
        schema.carried = reader.carry(element);
        for (auto columnElement : reader.children(element, "column"))
            readColumn(reader, source, columnElement, schema, diagnostics);
        if (schema.name.empty()) continue;
        if (std::find(reservedDatasets.begin(), reservedDatasets.end(), schema.name) != reservedDatasets.end()) {
            reader.error("D123", element, "the dataset name '" + schema.name + "' is reserved for the store's own table");
            continue;
        }
        if (schema.columns.empty()) reader.error("D120", element, "dataset '" + schema.name + "' declares no columns");
        checkStoredNames(reader, element, schema);
        if (catalog.dataset(schema.name))
            reader.error("D122", element, "dataset '" + schema.name + "' is declared twice");
        else
            catalog.datasets.push_back(std::move(schema));
    }
    return diagnostics.errorCount() == errorsBefore;
}

bool readCountries(const XmlSource& source, Catalog& catalog, Diagnostics& diagnostics) {
    std::size_t errorsBefore = diagnostics.errorCount();
    CatalogReader reader(source, diagnostics);
    auto root = reader.root("countries");
    if (!root) return false;
    std::set<std::string> spellings, slugs;  // lower-case, to catch "Laos" and "laos"
    auto claim = [&](const pugi::xml_node& element, const std::string& spelling) {
        if (!spelling.empty() && !spellings.insert(lowerAscii(spelling)).second)
            reader.error("D122", element, "the country name or alias \"" + spelling + "\" is given twice");
        // A country-list separates names with commas, so a name with one could never be listed.
        if (spelling.find(',') != std::string::npos)
            reader.error("D123", element, "the country name or alias \"" + spelling + "\" may not contain a comma");
    };
    for (auto element : reader.children(root, "country")) {
        checkAttributes(source, element, countryAttributes, "D120", diagnostics);
        Country country;
        country.name = reader.required(element, "name");
        country.slug = reader.required(element, "slug");
        country.region = reader.required(element, "region");
        country.covered = reader.yesNo(element, "covered", true);
        if (!country.slug.empty() && !isPlainName(country.slug))
            reader.error("D123", element, element.attribute("slug"),
                         "the slug \"" + country.slug + "\" may use only lower-case letters, digits and single '-'");
        if (!country.slug.empty() && !slugs.insert(country.slug).second)
            reader.error("D122", element, "the slug \"" + country.slug + "\" is given twice");
        claim(element, country.name);
        for (auto alias : reader.children(element, "alias")) {
            checkAttributes(source, alias, {}, "D120", diagnostics);
            std::string spelling = normalizeSpace(alias.text().get());
            if (spelling.empty()) reader.error("D120", alias, "<alias> is empty");
            claim(alias, spelling);
            country.aliases.push_back(spelling);
        }
        catalog.countries.push_back(std::move(country));
    }
    catalog.indexCountries();
    return diagnostics.errorCount() == errorsBefore;
}

std::unique_ptr<XmlSource> loadXml(const std::string& file, Diagnostics& diagnostics, const World& world) {
    FileContents contents = world.readFile(file);
    if (!contents.ok()) {
        diagnostics.error("D100", file, 0, 0, "cannot read the file: " + contents.error);
        return nullptr;
    }
    return XmlSource::parse(file, std::move(contents.bytes), diagnostics);
}

}  // namespace

std::optional<Catalog> loadCatalogFiles(const std::string& schemaFile, const std::string& countriesFile,
                                        Diagnostics& diagnostics, const World& world) {
    Catalog catalog;
    auto schema = loadXml(schemaFile, diagnostics, world);
    auto countries = loadXml(countriesFile, diagnostics, world);
    bool ok = schema && countries;
    ok = (schema && readSchema(*schema, catalog, diagnostics)) && ok;
    ok = (countries && readCountries(*countries, catalog, diagnostics)) && ok;
    if (!ok) return std::nullopt;
    return catalog;
}

std::optional<Catalog> loadCatalog(const std::string& dataDir, Diagnostics& diagnostics, const World& world) {
    std::string prefix = dataDir.empty() || dataDir.back() == '/' ? dataDir : dataDir + "/";
    return loadCatalogFiles(prefix + "schema.xml", prefix + "countries.xml", diagnostics, world);
}

}  // namespace brochure::ingest
