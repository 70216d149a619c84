#pragma once
// Reading the project's inputs the same way for every command: the catalog and exports of the
// data folder, and every layout of the layouts folder. Each reader reports all its problems.

#include "core/diagnostic.h"
#include "ingest/catalog.h"
#include "ingest/dataset.h"
#include "layoutdef/layout_def.h"

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

// Every *.xml of the layouts folder, sorted by name; each is a document layout.
// Their images must lie inside `imageRoots` (bind reports L230 otherwise; empty: anywhere).
std::vector<layoutdef::LayoutDef> readLayouts(const std::string& layoutsDir, Diagnostics& diagnostics,
                                              const std::vector<std::string>& imageRoots = {});

}  // namespace brochure::app
