#pragma once
// "Did you mean ...?" hints, shared by every stage that reads names a person typed: the known
// name closest to a misspelling ("Agust" -> "August", "Thailnd" -> "Thailand", "colr" -> "color").

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace brochure {

// Edit distance (optimal string alignment: a swap of neighbours counts 1) in code points,
// ignoring ASCII case.
std::size_t spellingDistance(std::string_view a, std::string_view b);

// The candidate a misspelling most plausibly meant: the nearest by spellingDistance, if at most
// about a third of its letters differ. Empty when nothing is that close, and for a name longer
// than kLongestHintedName code points (no name is that long; the distance is quadratic in it).
// Candidates whose length alone differs by more than that third are not compared.
std::string closestName(std::string_view typed, const std::vector<std::string>& candidates);

// "did you mean 'August'?" or "" (see closestName).
std::string didYouMeanHint(std::string_view typed, const std::vector<std::string>& candidates);

inline constexpr std::size_t kLongestHintedName = 64;

// Hints for many typed names against one list of candidates (a layout's style names), with work
// bounded whatever the input: each distinct name is looked up once, and once `maxComparisons`
// candidates have been compared no new hint is computed (a file with thousands of misspellings
// still gets every error, the first ones with hints).
class HintFinder {
public:
    explicit HintFinder(const std::vector<std::string>& candidates, std::size_t maxComparisons = 200'000)
        : candidates_(candidates), budget_(maxComparisons) {}

    std::string hint(std::string_view typed);
    std::size_t comparisons() const { return comparisons_; }

private:
    const std::vector<std::string>& candidates_;
    std::size_t budget_;
    std::size_t comparisons_ = 0;
    std::unordered_map<std::string, std::string> hints_;
};

}  // namespace brochure
