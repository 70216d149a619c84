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
std::map<int, const Dataset*> exportsOf(const std::string& dataset, const std::vector<Dataset>& exports) {
    std::map<int, const Dataset*> byYear;
    for (const auto& candidate : exports)
        if (candidate.name == dataset) byYear.emplace(candidate.year, &candidate);
    return byYear;
}

// The latest export strictly before `year`; nullptr when there is none.
const Dataset* latestBefore(const std::map<int, const Dataset*>& byYear, int year) {
    auto it = byYear.lower_bound(year);
    return it == byYear.begin() ? nullptr : std::prev(it)->second;
}

}  // namespace

std::vector<int> editionYears(const std::vector<Dataset>& exports) {
    std::set<int> years;
    for (const auto& dataset : exports) years.insert(dataset.year);
    return {years.begin(), years.end()};
}

std::vector<CarriedExport> carriedExports(const Catalog& catalog, const std::vector<Dataset>& exports) {
    std::vector<CarriedExport> carried;
    const std::vector<int> years = editionYears(exports);
    for (int year : years)
        for (const auto& schema : catalog.datasets) {
            if (!schema.carried) continue;
            auto byYear = exportsOf(schema.name, exports);
            if (byYear.count(year)) continue;
            if (const Dataset* source = latestBefore(byYear, year))
                carried.push_back({schema.name, year, source->year, source->file});
        }
    return carried;
}

std::map<std::string, std::string> editionInputs(const Catalog& catalog, const std::vector<Dataset>& exports, int year) {
    std::map<std::string, std::string> inputs;
    for (const auto& schema : catalog.datasets) {
        auto byYear = exportsOf(schema.name, exports);
        if (auto own = byYear.find(year); own != byYear.end()) inputs[schema.name] = own->second->file;
        else if (const Dataset* source = latestBefore(byYear, year); source && schema.carried)
            inputs[schema.name] = source->file;
    }
    return inputs;
}

std::optional<std::string> exportForYear(const std::string& bytes, int year) {
    pugi::xml_document document;
    if (!document.load_buffer(bytes.data(), bytes.size())) return std::nullopt;
    pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "export" || !root.attribute("year")) return std::nullopt;
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
    const std::vector<int> years = editionYears(exports);
    if (!std::binary_search(years.begin(), years.end(), year)) {
        if (!exports.empty())
            diagnostics.error("D132", {}, 0, 0, "no export for the edition year " + std::to_string(year),
                              "the exports of " + std::to_string(year) + " go in data/" + std::to_string(year) +
                                  "/ (brochure new-edition " + std::to_string(year) + " prepares it)");
        return;
    }
    const std::string edition = std::to_string(year);
    for (const auto& schema : catalog.datasets) {
        auto byYear = exportsOf(schema.name, exports);
        if (byYear.count(year)) continue;
        const Dataset* source = latestBefore(byYear, year);
        if (!source) continue;  // never exported: its table is simply empty
        const std::string from = std::to_string(source->year);
        if (!schema.carried) {
            diagnostics.error("D131", source->file, 0, 0,
                              "dataset '" + schema.name + "' has no export for " + edition + " (the latest is of " +
                                  from + ")",
                              "schema.xml declares it carry=\"no\": it must be new every year; add data/" + edition +
                                  "/" + schema.name + ".xml");
            continue;
        }
        Diagnostic note{requireFresh ? Severity::error : Severity::note, "D130", source->file, 0, 0,
                        "dataset '" + schema.name + "' of " + edition + " comes from the " + from + " export",
                        requireFresh ? "--require-fresh: add data/" + edition + "/" + schema.name + ".xml" : ""};
        diagnostics.report(std::move(note));
    }
}

}  // namespace brochure::ingest
