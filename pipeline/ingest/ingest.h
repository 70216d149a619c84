#pragma once
// The ingest stage: reads the catalog (data/schema.xml, data/countries.xml) and the exports
// (data/<year>/<dataset>.xml), and checks everything a person can get wrong in them. Every
// problem becomes a diagnostic (codes D1xx structure, D2xx values, D3xx rows and totals, listed
// in docs/data-format.md); a run reports all of them, then the caller stops if hasErrors().

#include "core/diagnostic.h"
#include "core/world.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace brochure::ingest {

// Reads <dataDir>/schema.xml and <dataDir>/countries.xml. nullopt when either has an error.
std::optional<Catalog> loadCatalog(const std::string& dataDir, Diagnostics& diagnostics,
                                   const World& world = realWorld());

// The same from explicit files (tests, or a catalog kept elsewhere).
std::optional<Catalog> loadCatalogFiles(const std::string& schemaFile, const std::string& countriesFile,
                                        Diagnostics& diagnostics, const World& world = realWorld());

// The export files named by `filesOrDirs`: a file is taken as it is; a folder is searched
// recursively for <year>/*.xml (so schema.xml and countries.xml beside the year folders are not
// exports). Sorted and without repeats, so every run reads them in the same order.
std::vector<std::string> findExportFiles(const std::vector<std::string>& filesOrDirs,
                                         Diagnostics& diagnostics);

// Reads and validates every export found in `filesOrDirs`. Returns the datasets of the files
// that could be read (even if some of their values have errors: check diagnostics.hasErrors()
// before storing them).
std::vector<Dataset> readExports(const Catalog& catalog, const std::vector<std::string>& filesOrDirs,
                                 Diagnostics& diagnostics, const World& world = realWorld());

// One export whose bytes are already in memory (`file` names it in diagnostics; its folder
// name, when it is a year, must match the export's year). nullopt when it cannot be read as
// an export at all.
std::optional<Dataset> readExport(const Catalog& catalog, const std::string& file,
                                  const std::string& bytes, Diagnostics& diagnostics);

}  // namespace brochure::ingest
