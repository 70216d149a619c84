#pragma once
// Turns the printed page labels ("", "i", "ii", "1", "2", "A-1") into PDF page label ranges:
// a new range starts wherever the next label is not the previous one plus one in the same style
// and prefix, so a reader's page box shows exactly what is printed on the page.

#include <string>
#include <vector>

namespace brochure::render {

enum class LabelStyle { none, decimal, lowerRoman, upperRoman };

struct LabelRange {
    int firstPage = 0;           // 0-based page index where the range starts
    LabelStyle style = LabelStyle::none;
    int start = 1;               // number of the first page in the range
    std::string prefix;          // text before the number ("A-"), or the whole label for `none`

    bool operator==(const LabelRange&) const = default;
};

std::vector<LabelRange> pageLabelRanges(const std::vector<std::string>& labels);

}  // namespace brochure::render
