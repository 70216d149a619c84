// Pure pieces of the render stage: content stream operators, the ToUnicode CMap text, UTF-8
// decoding, and the queue that compresses streams on a second thread.

#include <catch2/catch.hpp>

#include <zlib.h>

#include "render/content_stream.h"
#include "render/flate_stream.h"
#include "render/to_unicode_cmap.h"
#include "render/utf8.h"

using namespace brochure::render;

TEST_CASE("the ToUnicode map uses bfchar for single code points and bfrange for runs", "[render][unit]") {
    std::string cmap = toUnicodeCMap({U'A', U'B', U'C', U'e', 0x1EA1, 0x1F600});
    CHECK_THAT(cmap, Catch::Contains("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"));
    CHECK_THAT(cmap, Catch::Contains("2 beginbfchar\n<0065> <0065>\n<1EA1> <1EA1>\nendbfchar"));
    CHECK_THAT(cmap, Catch::Contains("1 beginbfrange\n<0041> <0043> <0041>\nendbfrange"));
    CHECK(cmap.find("1F600") == std::string::npos);  // outside the BMP: libharu cannot show it
    CHECK(cmap.find("cidrange") == std::string::npos);
}

TEST_CASE("ToUnicode ranges stop at 256 boundaries and blocks hold at most 100 entries", "[render][unit]") {
    std::vector<char32_t> run;
    for (char32_t cp = 0xF0; cp <= 0x110; ++cp) run.push_back(cp);
    CHECK_THAT(toUnicodeCMap(run), Catch::Contains("2 beginbfrange\n<00F0> <00FF> <00F0>\n<0100> <0110> <0100>\n"));
    std::vector<char32_t> spread;
    for (char32_t cp = 0x4E00; cp < 0x4E00 + 2 * 150; cp += 2) spread.push_back(cp);
    std::string cmap = toUnicodeCMap(spread);
    CHECK_THAT(cmap, Catch::Contains("100 beginbfchar"));
    CHECK_THAT(cmap, Catch::Contains("50 beginbfchar"));
}

TEST_CASE("UTF-8 decoding accepts every length and rejects malformed input", "[render][unit]") {
    std::vector<char32_t> out;
    CHECK(appendCodePoints("aé東😀", out));
    CHECK(out == std::vector<char32_t>{U'a', 0xE9, 0x6771, 0x1F600});
    for (const char* bad : {"\xC3", "\xC3(", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
        std::vector<char32_t> ignored;
        CHECK_FALSE(appendCodePoints(bad, ignored));
    }
}

TEST_CASE("content streams print numbers to 1/1000 without trailing zeros", "[render][unit]") {
    ContentStream content;
    content.lineWidth(0.5);
    content.lineWidth(12);
    content.lineWidth(-3.1254);
    content.lineWidth(0.0004);
    content.lineWidth(-0.0004);
    CHECK(content.bytes() == "0.5 w\n12 w\n-3.125 w\n0 w\n0 w\n");
}

TEST_CASE("text is positioned relative to the previous line and escaped as 2-byte codes", "[render][unit]") {
    ContentStream content;
    content.beginText();
    content.font("F1", 9);
    content.text(72, 700, "A(");
    content.text(80, 690, "\u010D\\");  // č: low byte 0x0D; backslash
    content.endText();
    using namespace std::string_literals;
    CHECK(content.bytes() == "BT\n/F1 9 Tf\n72 700 Td\n(\0A\0\\()Tj\n8 -10 Td\n(\x01\\r\0\\\\)Tj\nET\n"s);
}

TEST_CASE("kerned runs become one TJ array with the pen moves in thousandths of the size", "[render][unit]") {
    ContentStream content;
    content.beginText();
    // Before "V" (byte 1) 0.8 pt closer; before "é" (byte 2) 0.25 pt further, at 10 pt.
    content.text(10, 20, "AV\xC3\xA9", {{1, -0.8}, {2, 0.25}}, 10);
    using namespace std::string_literals;
    CHECK(content.bytes() == "BT\n10 20 Td\n[(\0A)80 (\0V)-25 (\0\xE9)]TJ\n"s);
}

TEST_CASE("a slanted run sets an absolute skewed text matrix, and the next plain run resets it", "[render][unit]") {
    ContentStream content;
    content.beginText();
    content.text(10, 20, "A", {}, 10, 0.2126);
    content.text(30, 20, "B");
    content.text(40, 20, "C");
    using namespace std::string_literals;
    CHECK(content.bytes() == "BT\n1 0 0.213 1 10 20 Tm\n(\0A)Tj\n1 0 0 1 30 20 Tm\n(\0B)Tj\n10 0 Td\n(\0C)Tj\n"s);
}

TEST_CASE("streams compressed on either thread land whole in their own objects", "[render][unit]") {
    // A queue that lets nothing wait for its worker: the painter compresses streams too, so
    // both threads fill dictionaries, out of turn, at two levels.
    HpdfDocument pdf;
    std::vector<std::string> contents;
    std::vector<HPDF_Dict> dicts;
    {
        FlateQueue queue(0);
        for (int i = 0; i < 200; ++i) {
            contents.push_back(std::to_string(i) + std::string(1000 + 37 * static_cast<std::size_t>(i), 'a' + i % 26));
            dicts.push_back(HPDF_DictStream_New(pdf.get()->mmgr, pdf.get()->xref));
            REQUIRE(dicts.back());
            queue.add(pdf, dicts.back(), contents.back(), "stream " + std::to_string(i), i % 2 ? kFlateLevel : kImageFlateLevel);
        }
        queue.finish(pdf);
    }
    for (std::size_t i = 0; i < dicts.size(); ++i) {
        HPDF_Stream stream = dicts[i]->stream;
        std::string deflated(HPDF_Stream_Size(stream), '\0');
        auto size = static_cast<HPDF_UINT>(deflated.size());
        REQUIRE(HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) == HPDF_OK);
        REQUIRE(HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(deflated.data()), &size) == HPDF_OK);
        std::string inflated(contents[i].size() + 1, '\0');
        uLongf inflatedSize = inflated.size();
        REQUIRE(uncompress(reinterpret_cast<Bytef*>(inflated.data()), &inflatedSize,
                           reinterpret_cast<const Bytef*>(deflated.data()), size) == Z_OK);
        inflated.resize(inflatedSize);
        CHECK(inflated == contents[i]);
    }
}
