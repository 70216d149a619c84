#pragma once
// "Did you mean ...?" hints: the candidate closest to a misspelt name by edit distance.

#include <string>
#include <vector>

namespace brochure::layoutdef {

// Edit distance (optimal string alignment: a swap of neighbours counts 1), case-insensitive.
std::size_t editDistance(const std::string& a, const std::string& b);

// The closest candidate, or "" when none is close enough to be a plausible misspelling
// (distance at most a third of the longer name, and at least 1 allowed).
std::string closestMatch(const std::string& name, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or "" when nothing is close.
std::string didYouMean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace brochure::layoutdef
