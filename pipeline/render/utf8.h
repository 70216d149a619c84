#pragma once
// UTF-8 -> code points for the font subsetter and the ToUnicode map.

#include <string_view>
#include <vector>

namespace brochure::render {

// Appends the code points of `text` to `out`; returns false (appending nothing more) at the
// first malformed sequence.
bool appendCodePoints(std::string_view text, std::vector<char32_t>& out);

}  // namespace brochure::render
