// Fuzz targets for the two XML readers: a data export (ingest) and a layout file (layoutdef).

#include "targets.h"

#include <cstdio>
#include <cstdlib>

#include "diagnostic_check.h"
#include "ingest/ingest.h"
#include "layoutdef/reader.h"

namespace brochure::fuzz {

namespace {

// The real catalog, read once: exports are checked against it.
const ingest::Catalog& catalog() {
    static const ingest::Catalog loaded = [] {
        Diagnostics diagnostics;
        auto result = ingest::loadCatalog(BROCHURE_SOURCE_DIR "/data", diagnostics);
        if (!result) {
            std::fprintf(stderr, "fuzz setup: cannot load the catalog of %s/data\n", BROCHURE_SOURCE_DIR);
            std::abort();
        }
        return *result;
    }();
    return loaded;
}

}  // namespace

std::string exportReader(std::string_view input) {
    // The folder is a year, as in data/2025/, so the folder-year check runs too.
    const std::string file = "data/2025/fuzz.xml";
    Diagnostics diagnostics;
    auto dataset = ingest::readExport(catalog(), file, std::string(input), diagnostics);
    if (!dataset && !diagnostics.hasErrors()) return "export refused without an error";
    return checkDiagnostics(diagnostics, file, input);
}

std::string layoutReader(std::string_view input) {
    const std::string file = "layouts/fuzz.xml";
    Diagnostics diagnostics;
    auto layout = layoutdef::parseLayout(std::string(input), file, diagnostics);
    if (!layout && !diagnostics.hasErrors()) return "layout refused without an error";
    if (layout && diagnostics.hasErrors()) return "layout accepted despite an error";
    return checkDiagnostics(diagnostics, file, input);
}

}  // namespace brochure::fuzz
