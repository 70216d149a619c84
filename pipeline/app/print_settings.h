#pragma once
// The print edition's settings (brochure.properties or -D print.*, and --crop-marks) and how they
// combine with a layout's <print-edition>: a setting overrides the layout, the layout overrides
// the defaults (3 mm bleed, no crop marks). See docs/print.md.

#include "core/diagnostic.h"
#include "render/print_edition.h"

#include <optional>
#include <string>

namespace Poco::Util { class AbstractConfiguration; }
namespace brochure::bind { struct PrintEditionSpec; }

namespace brochure::app {

inline constexpr double kDefaultBleed = 72.0 / 25.4 * 3;  // 3 mm
inline constexpr const char* kDefaultOutputProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
inline constexpr const char* kDefaultOutputCondition = "CGATS TR 001";  // SWOP, what that profile describes

struct PrintSettings {
    std::optional<double> bleed;      // print.bleed, points
    std::optional<bool> cropMarks;    // print.crop-marks (--crop-marks sets it to yes)
    std::string outputProfile;        // print.output-profile: an ICC file; "none" = no output intent
    std::string outputCondition;      // print.output-condition: the profile's registered condition
    double minimumPpi = 200;          // print.minimum-ppi: images below it are warning R210
};

// Throws std::invalid_argument naming the key when a value is unusable.
PrintSettings resolvePrintSettings(const Poco::Util::AbstractConfiguration& config, const std::string& projectDir);

// The output profile's bytes ("" for "none"); nothing after reporting A310 (unreadable, or not a
// CMYK output profile).
std::optional<std::string> loadOutputProfile(const PrintSettings& settings, Diagnostics& diagnostics);

// What the painter gets for a layout's print edition.
render::PrintEdition printEdition(const bind::PrintEditionSpec& spec, const PrintSettings& settings,
                                  const std::string& outputProfile);

// A readable summary of the settings that shape a print edition's bytes, for its fingerprint
// (which takes the output profile's bytes besides).
std::string printSignature(const render::PrintEdition& edition);

}  // namespace brochure::app
