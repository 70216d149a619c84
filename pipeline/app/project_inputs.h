#pragma once
// Reading the project's inputs the same way for every command: the catalog and exports of the
// data folder, and every layout of the layouts folder. Each reader reports all its problems.

#include "core/diagnostic.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"
#include "layoutdef/layout_def.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brochure::app {

struct DataInputs {
    std::optional<ingest::Catalog> catalog;
    std::vector<ingest::Dataset> datasets;
};

// The catalog of dataDir and the exports found in `exportPaths` (files or folders).
DataInputs readData(const std::string& dataDir, const std::vector<std::string>& exportPaths,
                    Diagnostics& diagnostics);

// A digest of the files `data` was read from (catalog and exports, their names and bytes) and of
// the program version: equal digests mean the store would receive exactly the same rows, so a
// build may skip its ingest (store::Store::ingest).
std::string dataDigest(const std::string& dataDir, const DataInputs& data);

// Tells how the datasets of edition `year` are made up (carried from an older year, missing):
// ingest::reportEditionSources, with --require-fresh.
void reportEdition(const DataInputs& data, int year, bool requireFresh, Diagnostics& diagnostics);

// The export each dataset of edition `year` comes from, relative to dataDir: "2025/staff.xml".
std::map<std::string, std::string> editionInputs(const std::string& dataDir, const DataInputs& data, int year);

// Every *.xml of the layouts folder, sorted by name; each is a document layout.
// Their images must lie inside `imageRoots` (bind reports L230 otherwise; empty: anywhere).
std::vector<layoutdef::LayoutDef> readLayouts(const std::string& layoutsDir, Diagnostics& diagnostics,
                                              const std::vector<std::string>& imageRoots = {});

}  // namespace brochure::app
