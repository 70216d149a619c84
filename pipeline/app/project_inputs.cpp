#include "app/project_inputs.h"

#include "app/fingerprint.h"
#include "core/world.h"
#include "ingest/editions.h"
#include "ingest/ingest.h"
#include "layoutdef/reader.h"

#include <algorithm>
#include <filesystem>

namespace brochure::app {

namespace fs = std::filesystem;

DataInputs readData(const std::string& dataDir, const std::vector<std::string>& exportPaths,
                    Diagnostics& diagnostics) {
    DataInputs inputs;
    inputs.catalog = ingest::loadCatalog(dataDir, diagnostics);
    if (inputs.catalog) inputs.datasets = ingest::readExports(*inputs.catalog, exportPaths, diagnostics);
    return inputs;
}

void reportEdition(const DataInputs& data, int year, bool requireFresh, Diagnostics& diagnostics) {
    if (data.catalog) ingest::reportEditionSources(*data.catalog, data.datasets, year, requireFresh, diagnostics);
}

std::map<std::string, std::string> editionInputs(const std::string& dataDir, const DataInputs& data, int year) {
    std::map<std::string, std::string> inputs;
    if (!data.catalog) return inputs;
    for (auto& [dataset, file] : ingest::editionInputs(*data.catalog, data.datasets, year))
        inputs[dataset] = fs::path(file).lexically_relative(dataDir).generic_string();
    return inputs;
}

std::string dataDigest(const std::string& dataDir, const DataInputs& data) {
    Fingerprint digest;
    digest.add("program", programIdentity());  // a new program may store the data differently
    std::vector<std::string> files = {(fs::path(dataDir) / "schema.xml").string(),
                                      (fs::path(dataDir) / "countries.xml").string()};
    for (const auto& dataset : data.datasets) files.push_back(dataset.file);
    for (const auto& file : files) {
        // The path too: the store records where each row came from.
        FileContents contents = realWorld().readFile(file);
        digest.add("file", file);
        digest.add(contents.ok() ? "bytes" : "unreadable", contents.ok() ? contents.bytes : contents.error);
    }
    return digest.finish();
}

std::vector<layoutdef::LayoutDef> readLayouts(const std::string& layoutsDir, Diagnostics& diagnostics,
                                              const std::vector<std::string>& imageRoots) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(layoutsDir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".xml") files.push_back(it->path().string());
    if (ec) {
        diagnostics.error("A101", layoutsDir, 0, 0, "cannot read the layouts folder: " + ec.message());
        return {};
    }
    if (files.empty()) diagnostics.error("A102", layoutsDir, 0, 0, "the layouts folder holds no *.xml layout");
    std::sort(files.begin(), files.end());
    std::vector<layoutdef::LayoutDef> layouts;
    for (const auto& file : files)
        if (auto layout = layoutdef::readLayout(file, diagnostics)) {
            layout->imageRoots = imageRoots;
            layouts.push_back(std::move(*layout));
        }
    return layouts;
}

}  // namespace brochure::app
