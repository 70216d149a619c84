#pragma once
// The ToUnicode CMap of an embedded font (render/pdf_fonts.cpp). The painter writes each glyph
// as a 2-byte code equal to its Unicode value (BMP only), so the map is the identity on the code
// points the document uses. (libharu 2.3's own map is malformed: "begincidrange" in a bfchar map.)

#include <string>
#include <vector>

namespace brochure::render {

// `codePoints` sorted and unique; code points outside the BMP are ignored (libharu cannot show them).
std::string toUnicodeCMap(const std::vector<char32_t>& codePoints);

}  // namespace brochure::render
