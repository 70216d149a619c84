#include "golden.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace brochure::typeset::test {
namespace {

std::string readAll(const std::string& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

std::string compareGolden(const std::string& name, const std::string& actual) {
    const std::string golden = std::string(BROCHURE_SOURCE_DIR) + "/tests/typeset/golden/" + name + ".trace";
    const char* update = std::getenv("BROCHURE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        writeAll(golden, actual);
        return {};
    }
    bool ok = false;
    const std::string expected = readAll(golden, ok);
    if (!ok) return "no golden file " + golden + " (run with BROCHURE_UPDATE_GOLDEN=1 to create it)";
    if (expected == actual) return {};
    const std::string actualPath = std::string(BROCHURE_BINARY_DIR) + "/" + name + ".actual.trace";
    writeAll(actualPath, actual);
    std::istringstream e(expected), a(actual);
    std::string el, al;
    for (int line = 1;; ++line) {
        const bool he = static_cast<bool>(std::getline(e, el)), ha = static_cast<bool>(std::getline(a, al));
        if (!he && !ha) break;
        if (!he || !ha || el != al)
            return golden + ":" + std::to_string(line) + ": expected\n  " + (he ? el : "<end>") + "\nbut got\n  " +
                   (ha ? al : "<end>") + "\n(diff " + golden + " " + actualPath + ")";
    }
    return "traces differ";
}

}  // namespace brochure::typeset::test
