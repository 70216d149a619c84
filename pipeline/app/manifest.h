#pragma once
// out/manifest.json: one entry per output (path, pages, bytes, SHA-256, inputs fingerprint,
// parameters), for CI to publish beside the PDFs and for the next build to see what is up to date.

#include "core/output_folder.h"

#include <map>
#include <string>
#include <vector>

namespace brochure::app {

struct ManifestEntry {
    std::string path;         // relative to the out folder, e.g. "handouts/sri-lanka.pdf"
    std::string layout;       // layout file name
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
