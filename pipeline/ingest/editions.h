#pragma once
// Editions: which export each dataset of an edition year comes from. An edition year is a year
// that has at least one export (data/2026/ holding only the new participant exports makes 2026
// one). A dataset without an export of that year uses the latest earlier export of it, unless
// schema.xml declares it carry="no": a dataset that must be new every year.

#include "core/diagnostic.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brochure::ingest {

// A dataset of an edition year taken from an older export.
struct CarriedExport {
    std::string dataset;
    int year = 0;      // the edition that uses it
    int fromYear = 0;  // the year of the export it uses
    std::string file;  // that export
};

// The years that have at least one export, ascending.
std::vector<int> editionYears(const std::vector<Dataset>& exports);

// Every dataset of every edition year that comes from an older export: by year, then in
// schema.xml order. A function of the exports alone, so every run (and the store) agrees.
std::vector<CarriedExport> carriedExports(const Catalog& catalog, const std::vector<Dataset>& exports);

// The export each dataset of edition `year` comes from (its own or the one it carries), by
// dataset name: what the edition's documents are built from.
std::map<std::string, std::string> editionInputs(const Catalog& catalog, const std::vector<Dataset>& exports, int year);

// The latest export of each dataset before `year`, by dataset name: what `brochure new-edition`
// starts the edition from.
std::map<std::string, const Dataset*> latestExportsBefore(const std::vector<Dataset>& exports, int year);

// The bytes of an export rewritten as the export of `year`: the year attribute of <export> set,
// everything else (comments, rows, stated totals, formatting) kept, so the office edits numbers
// in a file it knows. nullopt when `bytes` is not an export with a year (then nothing is copied).
std::optional<std::string> exportForYear(const std::string& bytes, int year);

// What edition `year` is made of, told before anything is built:
// D130 note (an error when `requireFresh`): a dataset comes from an older year's export;
// D131 error: a carry="no" dataset has an older export but none of this year;
// D132 error: the year has no export at all.
void reportEditionSources(const Catalog& catalog, const std::vector<Dataset>& exports, int year,
                          bool requireFresh, Diagnostics& diagnostics);

}  // namespace brochure::ingest
