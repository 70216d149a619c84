#include "app/settings.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <filesystem>
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

}  // namespace

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
        if (used != year.size() || s.year < 1900 || s.year > 2999) throw std::out_of_range(year);
    } catch (const std::exception&) {
        throw std::invalid_argument("configuration key 'build.year' must be a year such as 2025, got '" +
                                    year + "'");
    }
    s.author = config.getString("build.author", "J.CLAIR Singapore");
    s.print = resolvePrintSettings(config, projectDir);
    return s;
}

}  // namespace brochure::app
