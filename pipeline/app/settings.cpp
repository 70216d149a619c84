#include "app/settings.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace brochure::app {

namespace {

// Paths inside the current folder stay relative ("data/2025/jet.xml"), so diagnostics read as
// the user would type them; anything else becomes absolute.
std::string resolvePath(const std::string& projectDir, const std::string& value) {
    namespace fs = std::filesystem;
    fs::path path(value);
    if (path.is_relative()) path = fs::path(projectDir) / path;
    path = path.lexically_normal();
    std::error_code ec;
    fs::path relative = path.lexically_relative(fs::current_path(ec));
    if (!ec && !relative.empty() && *relative.begin() != "..") return relative.string();
    return path.string();
}

std::string requirePath(const Poco::Util::AbstractConfiguration& config, const std::string& projectDir,
                        const std::string& key, const std::string& fallback) {
    std::string value = config.getString(key, fallback);
    if (value.empty()) throw std::invalid_argument("configuration key '" + key + "' is empty");
    return resolvePath(projectDir, value);
}

// A positive whole number for a limits.* key, `fallback` when the key is absent.
std::int64_t requireLimit(const Poco::Util::AbstractConfiguration& config, const std::string& key,
                          std::int64_t fallback, std::int64_t maximum) {
    if (!config.hasProperty(key)) return fallback;
    std::string text = config.getString(key);
    try {
        std::size_t used = 0;
        long long value = std::stoll(text, &used);
        if (used == text.size() && value > 0 && value <= maximum) return value;
    } catch (const std::exception&) {
    }
    throw std::invalid_argument("configuration key '" + key + "' must be a whole number from 1 to " +
                                std::to_string(maximum) + ", got '" + text + "'");
}

Limits resolveLimits(const Poco::Util::AbstractConfiguration& config) {
    Limits defaults, l;
    l.maxImagePixels = requireLimit(config, "limits.image-pixels", defaults.maxImagePixels, std::int64_t{1} << 40);
    l.maxXmlBytes = static_cast<std::size_t>(
        requireLimit(config, "limits.xml-bytes", static_cast<std::int64_t>(defaults.maxXmlBytes), std::int64_t{1} << 40));
    l.maxXmlDepth = static_cast<int>(requireLimit(config, "limits.xml-depth", defaults.maxXmlDepth, 10'000));
    l.maxPages = static_cast<int>(requireLimit(config, "limits.pages", defaults.maxPages, 1'000'000));
    l.maxExportRows = requireLimit(config, "limits.export-rows", defaults.maxExportRows, std::int64_t{1} << 40);
    l.maxQuerySeconds = static_cast<int>(requireLimit(config, "limits.query-seconds", defaults.maxQuerySeconds, 86'400));
    l.maxQueryRows = requireLimit(config, "limits.query-rows", defaults.maxQueryRows, std::int64_t{1} << 40);
    return l;
}

// diagnostics.accept: entries separated by white space (a long list continues on the next line
// with a backslash, as properties files do).
std::vector<AcceptedWarning> resolveAccepted(const Poco::Util::AbstractConfiguration& config) {
    std::vector<AcceptedWarning> accepted;
    std::istringstream entries(config.getString("diagnostics.accept", ""));
    for (std::string entry; entries >> entry;) {
        auto parsed = parseAcceptedWarning(entry);
        if (!parsed)
            throw std::invalid_argument("configuration key 'diagnostics.accept' takes entries CODE, CODE@FILE or "
                                        "CODE@FILE:LINE (e.g. D300@data/2025/travel-fairs.xml:11), got '" + entry + "'");
        accepted.push_back(std::move(*parsed));
    }
    return accepted;
}

}  // namespace

std::vector<std::string> imageRoots(const Settings& settings) {
    return {settings.projectDir, settings.dataDir, settings.layoutsDir};
}

Settings resolveSettings(const Poco::Util::AbstractConfiguration& config, const std::string& projectDir) {
    Settings s;
    s.projectDir = projectDir;
    s.dataDir = requirePath(config, projectDir, "paths.data", "data");
    s.layoutsDir = requirePath(config, projectDir, "paths.layouts", "layouts");
    s.fontsDir = requirePath(config, projectDir, "paths.fonts", "fonts");
    s.outDir = requirePath(config, projectDir, "paths.out", "out");
    s.storePath = requirePath(config, projectDir, "paths.store", "build/store.sqlite");
    std::string year = config.getString("build.year", "2025");
    try {
        std::size_t used = 0;
        s.year = std::stoi(year, &used);
        if (used != year.size() || s.year < kFirstYear || s.year > kLastYear) throw std::out_of_range(year);
    } catch (const std::exception&) {
        throw std::invalid_argument("configuration key 'build.year' must be a year such as 2025, got '" +
                                    year + "'");
    }
    s.author = config.getString("build.author", "J.CLAIR Singapore");
    s.print = resolvePrintSettings(config, projectDir);
    s.limits = resolveLimits(config);
    s.accepted = resolveAccepted(config);
    return s;
}

}  // namespace brochure::app
