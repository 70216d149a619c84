#pragma once
// Unicode line-break opportunities (UAX #14 through libunibreak, "ja" rules and strict kinsoku for
// Japanese) for any text, whatever it holds: libunibreak never sees what it cannot handle.

#include <cstdint>
#include <string_view>
#include <vector>

namespace brochure::typeset {

enum class BreakAfter : std::uint8_t { none, allowed, mandatory };

// One entry per byte of `text`: whether a line may (or must) break after that byte. Bytes inside
// a character are `none`; the last byte of the text is `mandatory`.
void findLineBreaks(std::string_view text, std::vector<BreakAfter>& breaks);

}  // namespace brochure::typeset
