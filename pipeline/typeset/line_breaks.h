#pragma once
// Unicode line-break opportunities (UAX #14 through libunibreak, "ja" rules and strict kinsoku for
// Japanese) for any text, whatever it holds: libunibreak never sees what it cannot handle.

#include <cstdint>
#include <string_view>
#include <vector>

namespace brochure::typeset {

// `anywhere`: inside a word wider than its line (CSS overflow-wrap: anywhere); the line
// breaker takes it only when the line has no other opportunity. Never from findLineBreaks.
enum class BreakAfter : std::uint8_t { none, allowed, mandatory, anywhere };

// One entry per byte of `text`: whether a line may (or must) break after that byte. Bytes inside
// a character are `none`; the last byte of the text is `mandatory`.
void findLineBreaks(std::string_view text, std::vector<BreakAfter>& breaks);

}  // namespace brochure::typeset
