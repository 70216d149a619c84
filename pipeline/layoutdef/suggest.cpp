#include "layoutdef/suggest.h"

#include <algorithm>
#include <cctype>

namespace brochure::layoutdef {

std::size_t editDistance(const std::string& a, const std::string& b) {
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two adjacent
    // characters ("titel" -> "title") each cost 1. Three rows of the table are enough.
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    std::vector<std::size_t> beforePrevious(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t substitution = previous[j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string closestMatch(const std::string& name, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t bestDistance = 0;
    for (const auto& candidate : candidates) {
        std::size_t d = editDistance(name, candidate);
        if (best.empty() || d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (best.empty()) return {};
    std::size_t limit = std::max<std::size_t>(1, std::max(name.size(), best.size()) / 3);
    return bestDistance <= limit ? best : std::string{};
}

std::string didYouMean(const std::string& name, const std::vector<std::string>& candidates) {
    std::string best = closestMatch(name, candidates);
    return best.empty() ? std::string{} : "did you mean '" + best + "'?";
}

}  // namespace brochure::layoutdef
