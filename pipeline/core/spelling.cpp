#include "core/spelling.h"

#include <algorithm>

namespace brochure {

namespace {

// Code points of UTF-8 text, ASCII lower-cased. Invalid bytes count as one code point each.
std::vector<char32_t> foldedCodePoints(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (i + length > text.size()) length = 1;
        char32_t codePoint = byte;
        if (length > 1) {
            codePoint = byte & (0x7F >> length);
            for (std::size_t k = 1; k < length; ++k)
                codePoint = (codePoint << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        if (codePoint >= 'A' && codePoint <= 'Z') codePoint += 'a' - 'A';
        out.push_back(codePoint);
        i += length;
    }
    return out;
}

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// How many edits still make a plausible misspelling of a name `longer` code points long.
std::size_t tolerated(std::size_t longer) { return std::max<std::size_t>(1, (longer + 1) / 3); }

}  // namespace

std::size_t spellingDistance(std::string_view a, std::string_view b) {
    auto left = foldedCodePoints(a);
    auto right = foldedCodePoints(b);
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two
    // neighbouring letters ("yaer" for "year") each cost 1. Three rows of the table at a time.
    std::vector<std::size_t> twoBack(right.size() + 1), previous(right.size() + 1), current(right.size() + 1);
    for (std::size_t j = 0; j <= right.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= left.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= right.size(); ++j) {
            std::size_t cost = left[i - 1] == right[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                current[j] = std::min(current[j], twoBack[j - 2] + 1);
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[right.size()];
}

std::string closestName(std::string_view typed, const std::vector<std::string>& candidates) {
    const std::size_t typedLength = codePointCount(typed);
    if (typedLength > kLongestHintedName) return {};
    const std::string* best = nullptr;
    std::size_t bestDistance = 0;
    for (const auto& candidate : candidates) {
        // The distance is at least the difference in length: skip what could never be close.
        const std::size_t length = codePointCount(candidate);
        const std::size_t difference = length > typedLength ? length - typedLength : typedLength - length;
        if (difference > tolerated(std::max(length, typedLength))) continue;
        std::size_t distance = spellingDistance(typed, candidate);
        if (!best || distance < bestDistance) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    if (!best || bestDistance == 0) return best ? *best : std::string{};
    return bestDistance <= tolerated(std::max(typedLength, codePointCount(*best))) ? *best : std::string{};
}

std::string didYouMeanHint(std::string_view typed, const std::vector<std::string>& candidates) {
    std::string best = closestName(typed, candidates);
    return best.empty() ? std::string{} : "did you mean '" + best + "'?";
}

std::string HintFinder::hint(std::string_view typed) {
    std::string key(typed);
    if (auto known = hints_.find(key); known != hints_.end()) return known->second;
    if (comparisons_ >= budget_) return {};
    comparisons_ += candidates_.size();
    return hints_.emplace(std::move(key), didYouMeanHint(typed, candidates_)).first->second;
}

}  // namespace brochure
