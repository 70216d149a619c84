// Which characters a document may carry (core/printable_text.h), and SOURCE_DATE_EPOCH's range.

#include "core/printable_text.h"
#include "core/source_date.h"

#include <catch2/catch.hpp>

using namespace brochure;

TEST_CASE("control characters, noncharacters and surrogates cannot be printed, everything else can", "[text]") {
    std::size_t refused = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) refused += !isPrintableCodePoint(cp);
    // 29 C0 controls (all but tab, line feed, carriage return), DEL and 32 C1 controls, 2048
    // surrogates, 32 noncharacters U+FDD0..U+FDEF and 34 U+xxFFFE/U+xxFFFF.
    CHECK(refused == 29 + 1 + 32 + 2048 + 32 + 34);
    CHECK(isPrintableCodePoint('\t'));
    CHECK(isPrintableCodePoint('\n'));
    CHECK(isPrintableCodePoint(0x1F1E6));  // a regional indicator (flags): printable
    CHECK(isPrintableCodePoint(0xFFFD));
    CHECK_FALSE(isPrintableCodePoint(0xFFFF));
    CHECK_FALSE(isPrintableCodePoint(0x10FFFE));
    CHECK_FALSE(isPrintableCodePoint(0x110000));
}

TEST_CASE("the first character that cannot be printed is found with its offset and described", "[text]") {
    CHECK_FALSE(findUnprintable("Singapore \xF0\x9F\x87\xB8\xF0\x9F\x87\xAC\t\xE3\x81\x82"));
    auto bad = findUnprintable("ab\xEF\xBF\xBF" "c");
    REQUIRE(bad);
    CHECK(bad->offset == 2);
    CHECK(bad->characters == 2);
    CHECK(bad->what == "the noncharacter U+FFFF");
    CHECK(findUnprintable("\x7F")->what == "the control character U+007F");
    CHECK(findUnprintable("\xC2\x85")->what == "the control character U+0085");
    CHECK(findUnprintable("x\xC0\x80")->what == "byte 0xC0, which is not UTF-8");   // overlong
    CHECK(findUnprintable("\xED\xA0\x80")->what == "byte 0xED, which is not UTF-8");  // a surrogate
    CHECK(findUnprintable("\xE3\x81")->what == "byte 0xE3, which is not UTF-8");      // cut short
    CHECK(describeUnprintable(0xD800) == "the surrogate U+D800, which is not a character");
}

TEST_CASE("SOURCE_DATE_EPOCH is a whole number of seconds up to the end of the year 9999", "[text]") {
    CHECK(parseSourceDateEpoch("0") == 0);
    CHECK(parseSourceDateEpoch("1735689600") == 1735689600);
    CHECK(parseSourceDateEpoch("253402300799") == 253402300799);
    CHECK_FALSE(parseSourceDateEpoch("253402300800"));  // the year 10000: PDF dates have four digits
    CHECK_FALSE(parseSourceDateEpoch("99999999999999999999"));
    CHECK_FALSE(parseSourceDateEpoch("-1"));
    CHECK_FALSE(parseSourceDateEpoch(""));
    CHECK_FALSE(parseSourceDateEpoch("17e8"));
    CHECK_FALSE(parseSourceDateEpoch(" 1"));
}
