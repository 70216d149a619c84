#pragma once
// pugixml reports byte offsets only; a LineIndex turns them into 1-based line:column
// (column counted in UTF-8 characters, as editors count them).

#include <cstddef>
#include <string_view>
#include <vector>

namespace brochure {

struct SourcePosition {
    int line = 0;
    int column = 0;
};

class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);
    SourcePosition at(std::ptrdiff_t byteOffset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> lineStarts_;
};

}  // namespace brochure
