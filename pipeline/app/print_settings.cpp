#include "app/print_settings.h"

#include "bind/bind.h"
#include "core/world.h"
#include "layoutdef/values.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <filesystem>
#include <stdexcept>

namespace brochure::app {

PrintSettings resolvePrintSettings(const Poco::Util::AbstractConfiguration& config, const std::string& projectDir) {
    PrintSettings s;
    if (config.hasProperty("print.bleed")) {
        std::string value = config.getString("print.bleed");
        s.bleed = layoutdef::parseLength(value);
        if (!s.bleed || *s.bleed > 36)
            throw std::invalid_argument("configuration key 'print.bleed' must be a length from 0 to 12.7mm such as 3mm, got '" +
                                        value + "'");
    }
    if (config.hasProperty("print.crop-marks")) {
        std::string value = config.getString("print.crop-marks");
        s.cropMarks = layoutdef::parseBool(value);
        if (!s.cropMarks)
            throw std::invalid_argument("configuration key 'print.crop-marks' must be yes or no, got '" + value + "'");
    }
    s.outputProfile = config.getString("print.output-profile", kDefaultOutputProfile);
    if (s.outputProfile.empty())
        throw std::invalid_argument("configuration key 'print.output-profile' is empty (use 'none' for no output intent)");
    if (s.outputProfile != "none" && std::filesystem::path(s.outputProfile).is_relative())
        s.outputProfile = (std::filesystem::path(projectDir) / s.outputProfile).lexically_normal().string();
    s.outputCondition = config.getString("print.output-condition", kDefaultOutputCondition);
    std::string ppi = config.getString("print.minimum-ppi", "200");
    auto minimum = layoutdef::parseNumber(ppi);
    if (!minimum || *minimum <= 0)
        throw std::invalid_argument("configuration key 'print.minimum-ppi' must be a positive number, got '" + ppi + "'");
    s.minimumPpi = *minimum;
    return s;
}

std::optional<std::string> loadOutputProfile(const PrintSettings& settings, Diagnostics& diagnostics) {
    if (settings.outputProfile == "none") return std::string();
    FileContents file = realWorld().readFile(settings.outputProfile);
    std::string problem = file.ok() ? render::cmykProfileProblem(file.bytes) : "cannot read it: " + file.error;
    if (problem.empty()) return std::move(file.bytes);
    diagnostics.error("A310", settings.outputProfile, 0, 0,
                      "the print edition's output profile (print.output-profile) is unusable: " + problem,
                      settings.outputProfile == kDefaultOutputProfile
                          ? "run tools/install-deps.sh (Debian package libgs-common), or set -D print.output-profile=FILE.icc or =none"
                          : "give a CMYK output ICC profile, or -D print.output-profile=none");
    return std::nullopt;
}

render::PrintEdition printEdition(const bind::PrintEditionSpec& spec, const PrintSettings& settings,
                                  const std::string& outputProfile) {
    render::PrintEdition edition;
    edition.bleed = settings.bleed.value_or(spec.bleed.value_or(kDefaultBleed));
    edition.cropMarks = settings.cropMarks.value_or(spec.cropMarks.value_or(false));
    edition.outputProfile = outputProfile;
    edition.outputCondition = outputProfile.empty() ? std::string() : settings.outputCondition;
    edition.minimumPpi = settings.minimumPpi;
    return edition;
}

std::string printSignature(const render::PrintEdition& edition) {
    return "bleed " + std::to_string(edition.bleed) + "\ncrop-marks " + (edition.cropMarks ? "yes" : "no") +
           "\noutput-condition " + edition.outputCondition + "\nminimum-ppi " + std::to_string(edition.minimumPpi);
}

}  // namespace brochure::app
