#include "app/setting_keys.h"

#include "core/spelling.h"

#include <algorithm>
#include <fstream>

namespace brochure::app {

const std::vector<std::string>& knownSettingKeys() {
    static const std::vector<std::string> keys = {
        "paths.data",         "paths.layouts",        "paths.fonts",
        "paths.out",          "paths.store",          "build.year",
        "build.author",       "print.bleed",          "print.crop-marks",
        "print.output-profile", "print.output-condition", "print.minimum-ppi",
        "limits.image-pixels", "limits.xml-bytes",    "limits.xml-depth",
        "limits.pages",         "limits.export-rows",   "limits.query-seconds",
        "limits.query-rows",    "diagnostics.accept",
    };
    return keys;
}

namespace {

bool known(const std::string& key) {
    const auto& keys = knownSettingKeys();
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string trim(const std::string& text) {
    auto first = text.find_first_not_of(" \t\r\f");
    if (first == std::string::npos) return {};
    auto last = text.find_last_not_of(" \t\r\f");
    return text.substr(first, last - first + 1);
}

}  // namespace

// The file is read as Poco's PropertyFileConfiguration reads it: '#' and '!' start comments, a
// key ends at '=' or ':', and a line ending in '\' continues on the next one.
void checkPropertiesFileKeys(const std::string& path, Diagnostics& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    bool continued = false;
    for (int number = 1; std::getline(in, line); ++number) {
        bool continuation = continued;
        std::string text = trim(line);
        continued = !text.empty() && text.back() == '\\';
        if (continuation || text.empty() || text[0] == '#' || text[0] == '!') continue;
        std::string key = trim(text.substr(0, text.find_first_of("=:")));
        if (key.empty() || known(key)) continue;
        int column = static_cast<int>(line.find_first_not_of(" \t\f")) + 1;
        diagnostics.error("A004", path, number, column, "unknown setting '" + key + "'",
                          didYouMeanHint(key, knownSettingKeys()));
    }
}

void checkDefinedKeys(const std::vector<std::pair<std::string, std::string>>& defines, Diagnostics& diagnostics) {
    for (const auto& [key, value] : defines)
        if (!known(key))
            diagnostics.error("A005", "-D " + key + "=" + value, 0, 0, "unknown setting '" + key + "'",
                              didYouMeanHint(key, knownSettingKeys()));
}

}  // namespace brochure::app
