// Reads one export file: <export dataset="..." year="..."> with <row> and <total> elements.

#include "ingest/export_checks.h"
#include "ingest/ingest.h"
#include "core/limits.h"
#include "core/spelling.h"
#include "ingest/typed_text.h"
#include "ingest/value_parser.h"
#include "ingest/xml_source.h"

#include <algorithm>
#include <filesystem>

namespace brochure::ingest {

namespace {

const std::vector<std::string> exportAttributes = {"dataset", "year"};
const std::vector<std::string> exportChildren = {"row", "total"};

bool isBlank(const char* text) {
    for (; *text; ++text)
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r') return false;
    return true;
}

// The year of the folder the file is in ("data/2025/x.xml" -> 2025), 0 when it is not a year.
int folderYear(const std::string& file) {
    std::string folder = std::filesystem::path(file).parent_path().filename().string();
    if (folder.size() != 4) return 0;
    for (char c : folder)
        if (c < '0' || c > '9') return 0;
    return std::stoi(folder);
}

// One column's value of a row as written, before it is parsed. Where it was written is only
// worked out when there is something to report (finding an attribute's column costs a scan).
struct RawValue {
    pugi::xml_node element;  // the value element, or the row when the value is an attribute
    pugi::xml_attribute attribute;
    std::string elementText;  // the text of a value element (an attribute's stays in the document)
    bool given = false;

    std::string_view text() const { return attribute ? std::string_view(attribute.value()) : std::string_view(elementText); }
};

class ExportReader {
public:
    ExportReader(const XmlSource& source, const Catalog& catalog, Diagnostics& diagnostics)
        : source_(source), catalog_(catalog), diagnostics_(diagnostics) {}

    std::optional<Dataset> read() {
        auto root = source_.document().document_element();
        if (std::string(root.name()) != "export") {
            error("D102", source_.at(root),
                  std::string("not an export: the root element is <") + root.name() + ">, expected <export>",
                  "an export starts with <export dataset=\"...\" year=\"...\">");
            return std::nullopt;
        }
        checkAttributes(source_, root, exportAttributes, "D103", diagnostics_);
        schema_ = readDatasetName(root);
        Dataset dataset;
        dataset.file = source_.file();
        dataset.year = readYear(root);
        if (!schema_ || dataset.year == 0) return std::nullopt;
        dataset.name = schema_->name;

        std::vector<pugi::xml_node> totals;
        std::vector<bool> rowValid;
        for (auto child : root.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!isBlank(child.value()))
                    error("D106", source_.at(child), "unexpected text in <export>: only <row> and <total> elements belong there");
                continue;
            }
            if (child.type() != pugi::node_element) continue;  // comments, processing instructions
            std::string name = child.name();
            if (name == "row") {
                // Checked before the row is kept: a million-row export would otherwise be read,
                // stored and typeset (gigabytes) before the page limit could refuse it.
                if (dataset.records.size() == static_cast<std::size_t>(limits().maxExportRows)) {
                    error("D118", source_.at(child),
                          "the export has more than " + std::to_string(limits().maxExportRows) +
                              " rows (limits.export-rows)",
                          "split the export, or raise limits.export-rows in brochure.properties");
                    return std::nullopt;
                }
                rowValid.push_back(readRow(child, dataset));
            } else if (name == "total") {
                totals.push_back(child);
            } else {
                std::string hint = didYouMeanHint(name, exportChildren);
                error("D106", source_.at(child), "unexpected element <" + name + "> in <export>",
                      hint.empty() ? "an export holds <row> and <total> elements" : hint);
            }
        }
        checkDuplicateRows(*schema_, dataset, rowValid, diagnostics_);
        bool allValid = std::find(rowValid.begin(), rowValid.end(), false) == rowValid.end();
        checkStatedTotals(source_, catalog_, *schema_, dataset, totals, allValid, diagnostics_);
        return dataset;
    }

private:
    void error(const std::string& code, SourcePosition where, std::string message, std::string hint = {}) {
        source_.error(diagnostics_, code, where, std::move(message), std::move(hint));
    }

    const DatasetSchema* readDatasetName(const pugi::xml_node& root) {
        auto attribute = root.attribute("dataset");
        std::string name = normalizeSpace(attribute.value());
        if (name.empty()) {
            error("D103", source_.at(root), "<export> needs a dataset=\"...\" attribute naming a dataset of schema.xml");
            return nullptr;
        }
        const DatasetSchema* schema = catalog_.dataset(name);
        if (!schema) {
            std::string hint = didYouMeanHint(name, catalog_.datasetNames());
            error("D104", source_.at(root, attribute), "unknown dataset '" + name + "'",
                  hint.empty() ? "datasets are declared in data/schema.xml" : hint);
        }
        return schema;
    }

    int readYear(const pugi::xml_node& root) {
        auto attribute = root.attribute("year");
        std::string text = normalizeSpace(attribute.value());
        if (text.empty()) {
            error("D103", source_.at(root), "<export> needs a year=\"...\" attribute (the edition year, such as 2025)");
            return 0;
        }
        auto year = parseFiscalYear(text);
        if (!year || text.size() != 4) {
            error("D103", source_.at(root, attribute), "the export's year must be a year such as 2025, got \"" + text + "\"");
            return 0;
        }
        int folder = folderYear(source_.file());
        if (folder != 0 && folder != *year)
            error("D105", source_.at(root, attribute),
                  "the export says year=\"" + text + "\" but it is in the folder " + std::to_string(folder),
                  "move the file to the folder of its year, or correct the year");
        return *year;
    }

    // Collects each column's text from the row's attributes and value elements.
    std::vector<RawValue> rawValues(const pugi::xml_node& row, bool& ok) {
        std::vector<RawValue> raw(schema_->columns.size());
        for (auto attribute : row.attributes()) {
            int index = columnFor(attribute.name(), [&] { return source_.at(row, attribute); });
            if (index < 0) {
                ok = false;
                continue;
            }
            RawValue& value = raw[static_cast<std::size_t>(index)];
            if (value.given) {  // pugixml lets a repeated attribute through
                reportGivenTwice(attribute.name(), source_.at(row, attribute), value);
                ok = false;
                continue;
            }
            value = {row, attribute, {}, true};
        }
        for (auto child : row.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!isBlank(child.value())) {
                    error("D106", source_.at(child), "unexpected text in <row>: put a long value in an element named after its column",
                          "<row ...><text>the long text</text></row>");
                    ok = false;
                }
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            int index = columnFor(child.name(), [&] { return source_.at(child); });
            if (index < 0) {
                ok = false;
                continue;
            }
            RawValue& value = raw[static_cast<std::size_t>(index)];
            if (value.given) {
                reportGivenTwice(child.name(), source_.at(child), value);
                ok = false;
                continue;
            }
            bool hasMarkup = false;
            value = {child, {}, elementText(child, hasMarkup), true};
            if (hasMarkup) {
                error("D109", source_.at(child), std::string("the value <") + child.name() + "> may hold only text, not elements");
                ok = false;
            }
        }
        return raw;
    }

    void reportGivenTwice(const std::string& column, SourcePosition second, const RawValue& first) {
        SourcePosition firstAt = where(first);
        error("D108", second,
              "'" + column + "' is given twice in this row (first at " + std::to_string(firstAt.line) + ":" +
                  std::to_string(firstAt.column) + ")",
              "give a value either as an attribute or as an element, once");
    }

    SourcePosition where(const RawValue& value) const {
        return value.attribute ? source_.at(value.element, value.attribute) : source_.at(value.element);
    }

    template <typename Position>
    int columnFor(const char* name, Position position) {
        int index = schema_->columnIndex(name);
        if (index < 0)
            error("D107", position(), std::string("unknown column '") + name + "' in dataset '" + schema_->name + "'",
                  didYouMeanHint(name, schema_->columnNames()));
        return index;
    }

    bool readRow(const pugi::xml_node& row, Dataset& dataset) {
        bool ok = true;
        Record record;
        SourcePosition rowStart = source_.at(row);
        record.line = rowStart.line;
        record.column = rowStart.column;
        record.seq = static_cast<int>(dataset.records.size()) + 1;
        std::vector<RawValue> raw = rawValues(row, ok);
        record.cells.resize(schema_->columns.size());
        for (std::size_t c = 0; c < schema_->columns.size(); ++c) {
            const Column& column = schema_->columns[c];
            std::string text = normalizeSpace(raw[c].text());
            if (text.empty()) {
                if (!column.optional) {
                    error("D200", raw[c].given ? where(raw[c]) : rowStart,
                          "the row has no value for '" + column.name + "', which is required",
                          raw[c].given ? "" : "add " + column.name + "=\"...\" (or mark the column optional in schema.xml)");
                    ok = false;
                }
                continue;  // NULL
            }
            ParsedValue parsed = parseValue(column, text, catalog_);
            if (parsed.problem) {
                error(parsed.problem->code, where(raw[c]), parsed.problem->message, parsed.problem->hint);
                ok = false;
            }
            record.cells[c] = std::move(parsed.cell);
        }
        dataset.records.push_back(std::move(record));
        return ok;
    }

    const XmlSource& source_;
    const Catalog& catalog_;
    Diagnostics& diagnostics_;
    const DatasetSchema* schema_ = nullptr;
};

}  // namespace

std::optional<Dataset> readExport(const Catalog& catalog, const std::string& file, const std::string& bytes,
                                  Diagnostics& diagnostics) {
    auto source = XmlSource::parse(file, bytes, diagnostics);
    if (!source) return std::nullopt;
    return ExportReader(*source, catalog, diagnostics).read();
}

}  // namespace brochure::ingest
