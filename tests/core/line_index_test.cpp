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

TEST_CASE("a UTF-8 byte order mark takes no column - CRLF line ends count as one line end") {
    std::string text = "\xEF\xBB\xBF<a b=\"1\">\r\n  <c/>\r\n</a>";
    LineIndex index(text);
    CHECK(index.at(3).line == 1);
    CHECK(index.at(3).column == 1);   // the '<' right after the mark
    CHECK(index.at(6).column == 4);   // 'b'
    auto c = index.at(static_cast<std::ptrdiff_t>(text.find("<c")));
    CHECK(c.line == 2);
    CHECK(c.column == 3);
}
