#pragma once
// Subsets a TrueType font file to the code points a document uses (HarfBuzz hb-subset).
// libharu 2.3 embeds cmap, hmtx, loca and post whole, so a 5 MB CJK font costs ~260 KB per PDF
// even for one line of text; handing it a subset first makes the embedded font tiny.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace brochure::render {

// What the PDF's font dictionaries need. Lengths are in 1/1000 em, PDF glyph space.
struct FontMetrics {
    std::string postScriptName;         // "NotoSans-Bold" (the name table's ID 6)
    int ascent = 0, descent = 0, capHeight = 0;
    int bbox[4] = {0, 0, 0, 0};         // xMin yMin xMax yMax of all glyphs (head table)
    double italicAngle = 0;             // degrees, counter-clockwise from vertical (post table)
};

struct SubsetResult {
    std::string bytes;                  // the subset font file (TrueType)
    std::vector<char32_t> missing;      // requested code points the font has no glyph for
    std::string error;                  // non-empty when subsetting failed
    FontMetrics metrics;
    std::vector<std::uint16_t> glyphs;  // per requested code point: its glyph id in the subset (0: none)
    std::vector<int> widths;            // per requested code point: its advance width
};

// `codePoints` must be sorted and unique. The font file is read and parsed once per process
// (thread-safe cache); subsetting itself runs in the caller's thread.
SubsetResult subsetFont(const std::string& fontFile, const std::vector<char32_t>& codePoints);

}  // namespace brochure::render
