// Editions: a dataset of an edition year comes from that year's export or else, when the schema
// lets it carry, from the latest earlier one.

#include "ingest/editions.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace brochure::ingest {

namespace {

// The exports of one dataset, by year.
using ExportsByYear = std::map<int, const Dataset*>;

std::map<std::string, ExportsByYear> exportsByDataset(const std::vector<Dataset>& exports) {
    std::map<std::string, ExportsByYear> byDataset;
    for (const auto& dataset : exports) byDataset[dataset.name].emplace(dataset.year, &dataset);
    return byDataset;
}

// Where a dataset of edition `year` comes from: its own export, or else the latest earlier one
// (used only when the schema lets the dataset carry). Both null: never exported up to `year`.
struct EditionSource {
    const Dataset* own = nullptr;
    const Dataset* earlier = nullptr;
};

EditionSource sourceOf(const std::map<std::string, ExportsByYear>& byDataset, const std::string& dataset, int year) {
    auto exports = byDataset.find(dataset);
    if (exports == byDataset.end()) return {};
    const ExportsByYear& byYear = exports->second;
    auto at = byYear.lower_bound(year);
    if (at != byYear.end() && at->first == year) return {at->second, nullptr};
    return {nullptr, at == byYear.begin() ? nullptr : std::prev(at)->second};
}

}  // namespace

std::vector<int> editionYears(const std::vector<Dataset>& exports) {
    std::set<int> years;
    for (const auto& dataset : exports) years.insert(dataset.year);
    return {years.begin(), years.end()};
}

std::vector<CarriedExport> carriedExports(const Catalog& catalog, const std::vector<Dataset>& exports) {
    const auto byDataset = exportsByDataset(exports);
    std::vector<CarriedExport> carried;
    for (int year : editionYears(exports))
        for (const auto& schema : catalog.datasets)
            if (EditionSource source = sourceOf(byDataset, schema.name, year); schema.carried && source.earlier)
                carried.push_back({schema.name, year, source.earlier->year, source.earlier->file});
    return carried;
}

std::map<std::string, std::string> editionInputs(const Catalog& catalog, const std::vector<Dataset>& exports, int year) {
    const auto byDataset = exportsByDataset(exports);
    std::map<std::string, std::string> inputs;
    for (const auto& schema : catalog.datasets) {
        EditionSource source = sourceOf(byDataset, schema.name, year);
        if (source.own) inputs[schema.name] = source.own->file;
        else if (source.earlier && schema.carried) inputs[schema.name] = source.earlier->file;
    }
    return inputs;
}

std::map<std::string, const Dataset*> latestExportsBefore(const std::vector<Dataset>& exports, int year) {
    std::map<std::string, const Dataset*> latest;
    for (const auto& [dataset, byYear] : exportsByDataset(exports))
        if (auto at = byYear.lower_bound(year); at != byYear.begin()) latest[dataset] = std::prev(at)->second;
    return latest;
}

std::optional<std::string> exportForYear(const std::string& bytes, int year) {
    pugi::xml_document document;
    if (!document.load_buffer(bytes.data(), bytes.size())) return std::nullopt;
    pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "export" || !root.attribute("year") || root.offset_debug() < 0) return std::nullopt;
    // The start tag of <export> as written (pugixml keeps no attribute offsets); its attribute
    // values are a dataset name and four digits, so the first '>' after it ends it.
    std::size_t start = bytes.rfind('<', static_cast<std::size_t>(root.offset_debug()));
    std::size_t end = bytes.find('>', start);
    if (start == std::string::npos || end == std::string::npos) return std::nullopt;
    std::string tag = bytes.substr(start, end - start);
    static const std::regex yearAttribute(R"((\syear\s*=\s*)(["'])[^"']*\2)");
    std::smatch match;
    if (!std::regex_search(tag, match, yearAttribute)) return std::nullopt;
    std::string retagged = match.prefix().str() + match[1].str() + match[2].str() + std::to_string(year) +
                           match[2].str() + match.suffix().str();
    return bytes.substr(0, start) + retagged + bytes.substr(end);
}

void reportEditionSources(const Catalog& catalog, const std::vector<Dataset>& exports, int year,
                          bool requireFresh, Diagnostics& diagnostics) {
    const std::string edition = std::to_string(year);
    const std::vector<int> years = editionYears(exports);
    if (!std::binary_search(years.begin(), years.end(), year)) {
        if (!exports.empty())
            diagnostics.error("D132", {}, 0, 0, "no export for the edition year " + edition,
                              "the exports of " + edition + " go in data/" + edition + "/ (brochure new-edition " +
                                  edition + " prepares it)");
        return;
    }
    const auto byDataset = exportsByDataset(exports);
    for (const auto& schema : catalog.datasets) {
        const Dataset* source = sourceOf(byDataset, schema.name, year).earlier;
        if (!source) continue;  // its own export, or never exported: then its table is simply empty
        const std::string from = std::to_string(source->year);
        if (!schema.carried) {
            diagnostics.error("D131", source->file, 0, 0,
                              "dataset '" + schema.name + "' has no export for " + edition + " (the latest is of " +
                                  from + ")",
                              "schema.xml declares it carry=\"no\": it must be new every year; add data/" + edition +
                                  "/" + schema.name + ".xml");
            continue;
        }
        diagnostics.report({requireFresh ? Severity::error : Severity::note, "D130", source->file, 0, 0,
                            "dataset '" + schema.name + "' of " + edition + " comes from the " + from + " export",
                            requireFresh ? "--require-fresh: add data/" + edition + "/" + schema.name + ".xml" : ""});
    }
}

}  // namespace brochure::ingest
