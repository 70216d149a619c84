#pragma once
// out/manifest.json: one entry per output this tool made in the out folder, of every edition and
// layout (path, edition year, pages, bytes, SHA-256, the exports it was built from, inputs
// fingerprint, parameters), for CI to publish beside the PDFs and for the next build to see what
// is up to date. A partial build (--year, --country, --layout) replaces only its own entries.

#include "core/output_folder.h"

#include <map>
#include <string>
#include <vector>

namespace brochure::app {

struct ManifestEntry {
    std::string path;         // relative to the out folder, e.g. "handouts/2025/sri-lanka.pdf"
    std::string layout;       // layout file name
    int year = 0;             // the edition
    std::map<std::string, std::string> inputs;  // dataset -> its export, relative to the data folder
    int pages = 0;
    long long bytes = 0;
    std::string sha256;       // of the PDF file
    std::string fingerprint;  // of everything the PDF was built from
    std::map<std::string, std::string> parameters;
};

inline constexpr const char* kManifestName = "manifest.json";  // in the out folder

// Entries of the out folder's manifest, keyed by path; empty when there is none or it is
// unreadable (then everything is simply rebuilt).
std::map<std::string, ManifestEntry> readManifest(const OutputFolder& out);

// The manifest's text: entries sorted by path, no timestamps, so two identical builds give
// identical manifests. The build writes it with its outputs, renamed into place last.
std::string manifestJson(std::vector<ManifestEntry> entries);

}  // namespace brochure::app
