#pragma once
// Where the pipeline finds its inputs and puts its outputs, resolved from brochure.properties
// and -D overrides. Relative paths are relative to the folder of the properties file, so the
// program behaves the same whatever the current directory.

#include "app/print_settings.h"

#include <string>
#include <vector>

#include "core/accepted_warnings.h"
#include "core/limits.h"

namespace Poco::Util { class AbstractConfiguration; }

namespace brochure::app {

// The fiscal years an edition may be built for (build.year, --year).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2999;

struct Settings {
    std::string projectDir;   // folder of brochure.properties
    std::string dataDir;      // paths.data
    std::string layoutsDir;   // paths.layouts
    std::string fontsDir;     // paths.fonts
    std::string outDir;       // paths.out
    std::string storePath;    // paths.store
    int year = 0;             // build.year: the edition built by default
    std::string author;       // build.author: PDF metadata
    PrintSettings print;      // print.*: the print edition (docs/print.md)
    std::vector<AcceptedWarning> accepted;  // diagnostics.accept: known warnings shown as notes
    Limits limits;            // limits.image-pixels, limits.xml-bytes, limits.xml-depth, limits.pages
};

// Throws std::invalid_argument with a message naming the key when a value is unusable.
Settings resolveSettings(const Poco::Util::AbstractConfiguration& config, const std::string& projectDir);

// The folders images may come from: the project, data and layouts folders.
std::vector<std::string> imageRoots(const Settings& settings);

}  // namespace brochure::app
