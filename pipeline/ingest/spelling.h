#pragma once
// Text helpers shared by the ingest readers: normalising what a person typed, and finding the
// name they probably meant ("Agust" -> "August", "Thailnd" -> "Thailand").

#include <string>
#include <string_view>
#include <vector>

namespace brochure::ingest {

// Surrounding white space removed and inner runs of white space (line breaks of a wrapped
// long text) turned into one space.
std::string normalizeSpace(std::string_view text);

// ASCII lower case; other bytes (UTF-8) unchanged.
std::string lowerAscii(std::string_view text);

// Edit distance (Levenshtein, plus swapped neighbours) in code points, ignoring ASCII case.
std::size_t spellingDistance(std::string_view a, std::string_view b);

// The candidate a misspelling most plausibly meant: the nearest by spellingDistance, if at most
// about a third of its letters differ. Empty when nothing is that close.
std::string closestName(std::string_view typed, const std::vector<std::string>& candidates);

// "did you mean 'August'?" or "" (see closestName).
std::string didYouMeanHint(std::string_view typed, const std::vector<std::string>& candidates);

// "'a', 'b' or 'c'": a list of the names that would have been right.
std::string quotedList(const std::vector<std::string>& names);

}  // namespace brochure::ingest
