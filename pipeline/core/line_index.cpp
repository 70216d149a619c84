#include "core/line_index.h"

#include <algorithm>

namespace brochure {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    lineStarts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') lineStarts_.push_back(i + 1);
}

SourcePosition LineIndex::at(std::ptrdiff_t byteOffset) const {
    if (lineStarts_.empty() || byteOffset < 0) return {};
    auto offset = std::min(static_cast<std::size_t>(byteOffset), text_.size());
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    auto line = static_cast<int>(it - lineStarts_.begin());
    std::size_t start = *(it - 1);
    // A UTF-8 byte order mark is no character an editor shows: line 1's columns start after it.
    if (start == 0 && offset >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
    int column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count code points
    return {line, column};
}

}  // namespace brochure
