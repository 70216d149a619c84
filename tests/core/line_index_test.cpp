#include "core/line_index.h"

#include <catch2/catch.hpp>

using brochure::LineIndex;

TEST_CASE("byte offsets become 1-based line and column") {
    std::string text = "<a>\n  <b/>\n</a>\n";
    LineIndex index(text);
    CHECK(index.at(0).line == 1);
    CHECK(index.at(0).column == 1);
    auto b = index.at(static_cast<std::ptrdiff_t>(text.find("<b")));
    CHECK(b.line == 2);
    CHECK(b.column == 3);
}

TEST_CASE("columns count characters, not bytes") {
    std::string text = "Hà Nội <x/>";
    LineIndex index(text);
    auto x = index.at(static_cast<std::ptrdiff_t>(text.find("<x")));
    CHECK(x.line == 1);
    CHECK(x.column == 8);
}
