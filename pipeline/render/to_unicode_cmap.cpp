#include "render/to_unicode_cmap.h"

#include <cstdio>

namespace brochure::render {
namespace {

struct Range {
    char32_t first, last;
};

// Runs of consecutive code points. A bfrange may only vary in its last byte, so runs are also
// cut at every 256 boundary.
std::vector<Range> runs(const std::vector<char32_t>& codePoints) {
    std::vector<Range> out;
    for (char32_t cp : codePoints) {
        if (cp > 0xffff) break;
        if (!out.empty() && out.back().last + 1 == cp && (cp & 0xff) != 0) out.back().last = cp;
        else out.push_back({cp, cp});
    }
    return out;
}

std::string hex4(char32_t value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "<%04X>", static_cast<unsigned>(value));
    return buffer;
}

// PDF limits each begin...end block to 100 entries.
template <class Entry, class Write>
void writeBlocks(std::string& out, const std::vector<Entry>& entries, const char* keyword, Write write) {
    for (std::size_t start = 0; start < entries.size(); start += 100) {
        std::size_t end = std::min(entries.size(), start + 100);
        out += std::to_string(end - start) + " begin" + keyword + "\n";
        for (std::size_t i = start; i < end; ++i) write(entries[i]);
        out += std::string("end") + keyword + "\n";
    }
}

}  // namespace

std::string toUnicodeCMap(const std::vector<char32_t>& codePoints) {
    std::vector<Range> singles, ranges;
    for (const Range& range : runs(codePoints)) (range.first == range.last ? singles : ranges).push_back(range);

    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    writeBlocks(out, singles, "bfchar", [&](const Range& r) { out += hex4(r.first) + " " + hex4(r.first) + "\n"; });
    writeBlocks(out, ranges, "bfrange", [&](const Range& r) {
        out += hex4(r.first) + " " + hex4(r.last) + " " + hex4(r.first) + "\n";
    });
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

}  // namespace brochure::render
