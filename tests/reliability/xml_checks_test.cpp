// The checks every XML input passes (core/xml_checks.h): size, encoding, DOCTYPE, depth.

#include <catch2/catch.hpp>

#include "core/limits.h"
#include "core/xml_checks.h"

using namespace brochure;

namespace {

constexpr XmlCheckCodes kCodes{"X1", "X2", "X3", "X4", "X5"};

struct Checked {
    bool ok;
    Diagnostics diagnostics;
    const Diagnostic& only() const { return diagnostics.all().at(0); }
};

Checked checkBytes(const std::string& bytes) {
    Checked result{false, {}};
    LineIndex lines(bytes);
    result.ok = checkXmlBytes(bytes, "f.xml", lines, kCodes, result.diagnostics);
    return result;
}

Checked checkDepth(const std::string& bytes) {
    Checked result{false, {}};
    LineIndex lines(bytes);
    pugi::xml_document document;
    REQUIRE(document.load_buffer(bytes.data(), bytes.size()));
    result.ok = checkXmlDepth(document, "f.xml", lines, kCodes, result.diagnostics);
    return result;
}

// Restores the default limits when a test that changed them ends.
struct LimitsGuard {
    ~LimitsGuard() { setLimits(Limits{}); }
};

}  // namespace

TEST_CASE("UTF-8 files pass, with or without a byte order mark or an encoding declaration", "[xml-checks]") {
    CHECK(checkBytes("<a>plain</a>").ok);
    CHECK(checkBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x99\x82</a>").ok);
    CHECK(checkBytes("<?xml version='1.0' encoding='utf8'?><a/>").ok);
    CHECK(checkBytes("\xEF\xBB\xBF<a/>").ok);
    CHECK(checkBytes("<a>\r\n</a>\r\n").ok);
}

TEST_CASE("bytes that are not UTF-8 are reported at the first one", "[xml-checks]") {
    SECTION("a Latin-1 letter") {
        auto r = checkBytes("<a>\n  caf\xE9</a>");
        REQUIRE_FALSE(r.ok);
        CHECK(r.only().code == "X2");
        CHECK(r.only().line == 2);
        CHECK(r.only().column == 6);
        CHECK(r.only().message.find("0xE9") != std::string::npos);
    }
    SECTION("a sequence cut short by the end of the file") { CHECK_FALSE(checkBytes("<a/>\xE6\x97").ok); }
    SECTION("an overlong form") { CHECK_FALSE(checkBytes("<a>\xC0\xAF</a>").ok); }
    SECTION("a surrogate") { CHECK_FALSE(checkBytes("<a>\xED\xA0\x80</a>").ok); }
    SECTION("above U+10FFFF") { CHECK_FALSE(checkBytes("<a>\xF4\x90\x80\x80</a>").ok); }
    SECTION("a lone continuation byte") { CHECK_FALSE(checkBytes("<a>\x80</a>").ok); }
}

TEST_CASE("another declared encoding, or UTF-16, is refused at the declaration", "[xml-checks]") {
    auto latin1 = checkBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a/>");
    REQUIRE_FALSE(latin1.ok);
    CHECK(latin1.only().code == "X2");
    CHECK(latin1.only().line == 1);
    CHECK(latin1.only().column == 21);
    CHECK(latin1.only().message.find("\"ISO-8859-1\"") != std::string::npos);

    auto utf16 = checkBytes(std::string("\xFF\xFE<\0a\0/\0>\0", 10));
    REQUIRE_FALSE(utf16.ok);
    CHECK(utf16.only().message.find("UTF-16") != std::string::npos);
}

TEST_CASE("a DOCTYPE is refused where it starts, but not one inside a comment or text", "[xml-checks]") {
    auto bomb = checkBytes("<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>");
    REQUIRE_FALSE(bomb.ok);
    CHECK(bomb.only().code == "X4");
    CHECK(bomb.only().line == 3);
    CHECK(bomb.only().column == 1);
    CHECK(checkBytes("<!-- <!DOCTYPE a> -->\n<a>&lt;!DOCTYPE</a>").ok);
}

TEST_CASE("a file over the size limit is refused before anything else", "[xml-checks]") {
    LimitsGuard guard;
    Limits small;
    small.maxXmlBytes = 10;
    setLimits(small);
    auto r = checkBytes("<a>more than ten bytes</a>");
    REQUIRE_FALSE(r.ok);
    CHECK(r.only().code == "X1");
    CHECK(r.only().message.find("limit of 10 bytes") != std::string::npos);
}

TEST_CASE("nesting deeper than the limit is found without recursion, at the first element too deep", "[xml-checks]") {
    CHECK(checkDepth("<a><b><c/></b><d/></a>").ok);
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<x>";
    for (int i = 0; i < 100000; ++i) deep += "</x>";
    auto r = checkDepth(deep);
    REQUIRE_FALSE(r.ok);
    CHECK(r.only().code == "X3");
    CHECK(r.only().line == 1);
    CHECK(r.only().column == 256 * 3 + 1);  // the 257th <x>

    LimitsGuard guard;
    Limits shallow;
    shallow.maxXmlDepth = 2;
    setLimits(shallow);
    CHECK(checkDepth("<a><b/><b/></a>").ok);
    auto tooDeep = checkDepth("<a>\n<b/>\n<b><c/></b></a>");
    REQUIRE_FALSE(tooDeep.ok);
    CHECK(tooDeep.only().line == 3);
    CHECK(tooDeep.only().column == 4);
}

TEST_CASE("a character that cannot be printed is refused where it is written, as it is or as a reference",
          "[xml][text]") {
    struct Case {
        std::string bytes;
        int line, column;
        std::string message;
    };
    for (const Case& c : std::vector<Case>{
             {"<a>x\xEF\xBF\xBFy</a>", 1, 5, "the noncharacter U+FFFF cannot be printed"},
             {"<a>\n  \x01</a>", 2, 3, "the control character U+0001 cannot be printed"},
             {"<a b=\"&#xFFFE;\"/>", 1, 7, "the noncharacter U+FFFE (written as a character reference) cannot be printed"},
             {"<a>&#0;</a>", 1, 4, "the control character U+0000 (written as a character reference) cannot be printed"},
             {"<a>&#55296;</a>", 1, 4,
              "the surrogate U+D800, which is not a character (written as a character reference) cannot be printed"},
             {"<a>&#x99999999999;</a>", 1, 4,
              "U+110000, above the last code point U+10FFFF (written as a character reference) cannot be printed"},
             {"<a>\xC2\x9B</a>", 1, 4, "the control character U+009B cannot be printed"}}) {
        INFO(c.bytes);
        auto r = checkBytes(c.bytes);
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.all().size() == 1);
        CHECK(r.only().code == "X5");
        CHECK(r.only().line == c.line);
        CHECK(r.only().column == c.column);
        CHECK(r.only().message == c.message);
    }
}

TEST_CASE("tabs, line ends, flags and references to printable characters are accepted", "[xml][text]") {
    CHECK(checkBytes("<a>\tx\r\n\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5 &#x41;&#65;&#38;#xFFFF; &amp; &#x; &#12</a>").ok);
}
