// Finding the export files a run is given, and reading all of them.

#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace brochure::ingest {

namespace fs = std::filesystem;

namespace {

bool isYearFolder(const fs::path& folder) {
    std::string name = folder.filename().string();
    return name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Exports below `folder`: *.xml files directly inside a folder named after a year.
void collectFolder(const std::string& folder, std::vector<std::string>& files, Diagnostics& diagnostics) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, error), end;
    std::size_t before = files.size();
    for (; !error && it != end; it.increment(error)) {
        const fs::path& path = it->path();
        std::error_code statError;
        if (path.extension() == ".xml" && isYearFolder(path.parent_path()) && it->is_regular_file(statError))
            files.push_back(path.generic_string());
    }
    if (error) {
        diagnostics.error("D111", folder, 0, 0, "cannot read the folder: " + error.message());
        return;
    }
    if (files.size() == before)
        diagnostics.warning("D112", folder, 0, 0, "no exports found (expected files such as " + folder +
                                                      "/2025/<dataset>.xml)");
}

}  // namespace

std::vector<std::string> findExportFiles(const std::vector<std::string>& filesOrDirs, Diagnostics& diagnostics) {
    std::vector<std::string> files;
    for (const auto& path : filesOrDirs) {
        std::error_code error;
        auto status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            diagnostics.error("D100", path, 0, 0, "no such file or folder");
        } else if (fs::is_directory(status)) {
            collectFolder(path, files, diagnostics);
        } else {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

std::vector<Dataset> readExports(const Catalog& catalog, const std::vector<std::string>& filesOrDirs,
                                 Diagnostics& diagnostics, const World& world) {
    std::vector<Dataset> datasets;
    std::map<std::pair<std::string, int>, std::string> fileOf;  // (dataset, year) -> first file
    for (const auto& file : findExportFiles(filesOrDirs, diagnostics)) {
        FileContents contents = world.readFile(file);
        if (!contents.ok()) {
            diagnostics.error("D100", file, 0, 0, "cannot read the file: " + contents.error);
            continue;
        }
        auto dataset = readExport(catalog, file, contents.bytes, diagnostics);
        if (!dataset) continue;
        auto [first, inserted] = fileOf.emplace(std::make_pair(dataset->name, dataset->year), file);
        if (!inserted) {
            // Re-ingesting replaces a dataset-year, so two files of one would silently lose one.
            diagnostics.error("D110", file, 0, 0,
                              "a second export of dataset '" + dataset->name + "' for " + std::to_string(dataset->year) +
                                  " (the first is " + first->second + ")",
                              "keep one file per dataset and year");
            continue;
        }
        datasets.push_back(std::move(*dataset));
    }
    return datasets;
}

}  // namespace brochure::ingest
