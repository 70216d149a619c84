#pragma once
// The ToUnicode CMap for a libharu UTF-8 font. libharu 2.3 writes a malformed one
// ("begincidrange" in a bfchar map), which poppler warns about on every file; we replace its
// content with this. With libharu's UTF-8 encoder a glyph's code equals its Unicode value (BMP
// only), so the map is the identity on the code points the document uses.

#include <string>
#include <vector>

namespace brochure::render {

// `codePoints` sorted and unique; code points outside the BMP are ignored (libharu cannot show them).
std::string toUnicodeCMap(const std::vector<char32_t>& codePoints);

}  // namespace brochure::render
