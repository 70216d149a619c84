// findLineBreaks takes any text: every code point, bytes that are not UTF-8, and the characters
// Debian's libunibreak aborts on (U+FFFF, the regional indicators of flag emoji).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "typeset/line_breaks.h"
#include "typeset/utf8.h"

using namespace brochure::typeset;

namespace {

std::string utf8(char32_t cp) { return encodeUtf8(cp); }

// The breaks after each byte of `text`, as "n" (none), "a" (allowed), "m" (mandatory).
std::string breaksOf(const std::string& text) {
    std::vector<BreakAfter> breaks;
    findLineBreaks(text, breaks);
    std::string out;
    for (BreakAfter b : breaks) out += b == BreakAfter::none ? 'n' : b == BreakAfter::allowed ? 'a' : 'm';
    return out;
}

}  // namespace

TEST_CASE("every code point from U+0000 to U+10FFFF goes through the line breaker", "[linebreak]") {
    // In chunks of 4096 code points, each between a letter and a space (the contexts libunibreak
    // aborted in); surrogates cannot be encoded in UTF-8 and are fed as the bytes a careless
    // encoder writes (ED A0 80 ...).
    std::vector<BreakAfter> breaks;
    std::size_t checked = 0;
    for (char32_t chunk = 0; chunk <= 0x10FFFF; chunk += 4096) {
        std::string text;
        std::vector<std::pair<std::size_t, std::size_t>> characters;  // begin, end of each code point
        for (char32_t cp = chunk; cp < chunk + 4096 && cp <= 0x10FFFF; ++cp) {
            text += 'x';
            const std::size_t begin = text.size();
            text += utf8(cp);
            characters.emplace_back(begin, text.size());
            text += ' ';
        }
        findLineBreaks(text, breaks);
        REQUIRE(breaks.size() == text.size());
        REQUIRE(breaks.back() == BreakAfter::mandatory);
        const bool validUtf8 = chunk < 0xD800 || chunk > 0xDFFF;
        for (auto [begin, end] : characters) {
            // Never a break inside a character, nor between it and the letter before it.
            for (std::size_t i = begin; i + 1 < end && validUtf8; ++i) REQUIRE(breaks[i] == BreakAfter::none);
            ++checked;
        }
    }
    CHECK(checked == 0x110000);
}

TEST_CASE("U+FFFF and other noncharacters reach the line breaker without stopping the process", "[linebreak]") {
    CHECK(breaksOf("a" + utf8(0xFFFF) + "b") == "nnnnm");
    CHECK(breaksOf(utf8(0xFFFF)) == "nnm");
    CHECK(breaksOf(utf8(0xFFFE) + " " + utf8(0x10FFFF)) == "nnnannnm");
    CHECK(breaksOf(utf8(0xFDD0) + utf8(0xFFFF)).size() == 6);
}

TEST_CASE("a flag emoji is never split and breaks like a word", "[linebreak]") {
    const std::string japan = utf8(0x1F1EF) + utf8(0x1F1F5);  // regional indicators J, P
    CHECK(breaksOf(japan) == "nnnnnnnm");
    CHECK(breaksOf("Japan " + japan + " flag") == "nnnnna" "nnnnnnnn" "a" "nnnm");
    CHECK(breaksOf(japan + japan + japan).back() == 'm');
    CHECK(breaksOf(utf8(0x1F1E6)) == "nnnm");  // a lone regional indicator
}

TEST_CASE("bytes that are not UTF-8 are one character each, read as '?'", "[linebreak]") {
    CHECK(breaksOf("a\xFF\xFE" "b") == "nnam");  // as "a??b": a break after a question mark
    CHECK(breaksOf("a \xE3\x81") == "nnnm");     // a sequence cut short at the end: "a ??"
    CHECK(breaksOf(std::string("\xF0\x9F\x87", 3)) == "nnm");
}
