#pragma once
// Subsets a TrueType font file to the code points a document uses (HarfBuzz hb-subset).
// libharu 2.3 embeds cmap, hmtx, loca and post whole, so a 5 MB CJK font costs ~260 KB per PDF
// even for one line of text; handing it a subset first makes the embedded font tiny.

#include <optional>
#include <string>
#include <vector>

namespace brochure::render {

struct SubsetResult {
    std::string bytes;                  // the subset font file (TrueType)
    std::vector<char32_t> missing;      // requested code points the font has no glyph for
    std::string error;                  // non-empty when subsetting failed
};

// `codePoints` must be sorted and unique. The font file is read and parsed once per process
// (thread-safe cache); subsetting itself runs in the caller's thread.
SubsetResult subsetFont(const std::string& fontFile, const std::vector<char32_t>& codePoints);

}  // namespace brochure::render
