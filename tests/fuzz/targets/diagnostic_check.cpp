#include "diagnostic_check.h"

#include <vector>

namespace brochure::fuzz {

namespace {

// Length of each line in characters (UTF-8 continuation bytes do not count), as LineIndex counts
// columns. A lone '\r' does not end a line, "\r\n" does (through its '\n').
std::vector<int> lineLengths(std::string_view input) {
    std::vector<int> lengths(1, 0);
    for (char c : input) {
        if (c == '\n') lengths.push_back(0);
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++lengths.back();
    }
    return lengths;
}

}  // namespace

std::string checkDiagnostics(const Diagnostics& diagnostics, std::string_view file, std::string_view input) {
    std::vector<int> lengths;
    for (const auto& d : diagnostics.all()) {
        std::string where = formatDiagnostic(d);
        if (d.code.empty() || d.message.empty()) return "diagnostic without code or message: " + where;
        if (d.line < 0 || d.column < 0) return "negative position: " + where;
        if (d.file != file || d.line == 0) continue;
        if (lengths.empty()) lengths = lineLengths(input);
        if (static_cast<std::size_t>(d.line) > lengths.size()) return "line past the end of the input: " + where;
        if (d.column > lengths[static_cast<std::size_t>(d.line) - 1] + 1)
            return "column past the end of its line: " + where;
    }
    return {};
}

}  // namespace brochure::fuzz
