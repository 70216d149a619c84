#pragma once
// "Did you mean ...?" hints, shared by every stage that reads names a person typed: the known
// name closest to a misspelling ("Agust" -> "August", "Thailnd" -> "Thailand", "colr" -> "color").

#include <string>
#include <string_view>
#include <vector>

namespace brochure {

// Edit distance (optimal string alignment: a swap of neighbours counts 1) in code points,
// ignoring ASCII case.
std::size_t spellingDistance(std::string_view a, std::string_view b);

// The candidate a misspelling most plausibly meant: the nearest by spellingDistance, if at most
// about a third of its letters differ. Empty when nothing is that close.
std::string closestName(std::string_view typed, const std::vector<std::string>& candidates);

// "did you mean 'August'?" or "" (see closestName).
std::string didYouMeanHint(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace brochure
