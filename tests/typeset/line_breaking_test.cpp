#include <catch2/catch.hpp>

#include <linebreak.h>

#include "typeset/inline_layout.h"
#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset;
using namespace brochure::typeset::test;

namespace {

struct Broken {
    std::vector<std::string> lines;   // text of each line, runs joined
    std::vector<double> rightEdges;   // x + width of each line's last run
    std::vector<LineBox> boxes;
};

Broken breakText(const std::vector<content::Span>& spans, double width, content::Align align = content::Align::left,
                 Diagnostics* out = nullptr) {
    Diagnostics local;
    Diagnostics& diagnostics = out ? *out : local;
    Context context(sharedFonts(), diagnostics, "test.xml");
    InlineText text = shapeInline(context, spans, "paragraph");
    LineSettings settings;
    settings.width = width;
    settings.align = align;
    Broken result;
    result.boxes = breakLines(context, text, settings);
    for (const LineBox& box : result.boxes) {
        std::string line;
        double right = 0;
        for (const frame::Item& item : box.items)
            if (auto run = std::get_if<frame::TextRun>(&item)) {
                if (!line.empty()) line += ' ';
                line += run->text;
                right = std::max(right, run->x + run->width);
            }
        result.lines.push_back(line);
        result.rightEdges.push_back(right);
    }
    return result;
}

Broken breakText(const std::string& text, double width, content::Align align = content::Align::left) {
    return breakText(std::vector<content::Span>{span(text)}, width, align);
}

// UTF-8 text of a line starts with one of these?
bool startsWithAny(const std::string& line, std::initializer_list<const char*> prefixes) {
    for (const char* p : prefixes)
        if (line.rfind(p, 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("Latin text breaks at spaces and every line fits the width") {
    const std::string text =
        "The Council of Local Authorities for International Relations (CLAIR) was established in July 1988 in "
        "response to push for local level internationalization in Japan.";
    Broken b = breakText(text, 200);
    REQUIRE(b.lines.size() >= 4);
    for (double right : b.rightEdges) CHECK(right <= 200.0 + 1e-6);
    // Words are never cut and nothing is lost: joining the lines gives the text back.
    std::string joined;
    for (const std::string& line : b.lines) joined += (joined.empty() ? "" : " ") + line;
    CHECK(joined == text);
}

TEST_CASE("a word longer than the line breaks between characters, nothing is lost") {
    Broken b = breakText("Supercalifragilisticexpialidocious", 50);
    REQUIRE(b.lines.size() >= 3);
    std::string joined;
    for (const std::string& line : b.lines) joined += line;
    CHECK(joined == "Supercalifragilisticexpialidocious");
    for (double right : b.rightEdges) CHECK(right <= 50.0 + 1e-6);
}

// As browsers break with overflow-wrap: anywhere. A word that shares a line with the end of
// another ("MINH DONAUDA" / "T PARTICIPANTS") reads as other words: a reader (pdftotext, a
// screen reader, copy and paste) glues or splits them wrongly.
TEST_CASE("a word longer than the line starts a line of its own and its end is not glued to the next word") {
    Broken b = breakText("MINH DONAUDAMPFSCHIFFFAHRTSGESELLSCHAFT PARTICIPANTS", 70);
    REQUIRE(b.lines.size() >= 4);
    CHECK(b.lines.front() == "MINH");
    CHECK(b.lines.back() == "PARTICIPANTS");
    std::string word;
    for (std::size_t i = 1; i + 1 < b.lines.size(); ++i) word += b.lines[i];
    CHECK(word == "DONAUDAMPFSCHIFFFAHRTSGESELLSCHAFT");
    for (double right : b.rightEdges) CHECK(right <= 70.0 + 1e-6);
}

TEST_CASE("Vietnamese keeps its accents and breaks between words") {
    // Just wide enough for "Hà Nội" (10pt): the next word must go to the next line.
    FontBook& fonts = sharedFonts();
    const double width = fonts.measure(fonts.findFace("Noto Sans", false, false), "Hà Nội") * 10 + 1;
    Broken b = breakText("Hà Nội Đà Nẵng Hồ Chí Minh", width);
    std::string joined;
    for (const std::string& line : b.lines) joined += (joined.empty() ? "" : " ") + line;
    CHECK(joined == "Hà Nội Đà Nẵng Hồ Chí Minh");
    CHECK(b.lines.size() >= 2);
    CHECK(b.lines.front() == "Hà Nội");
}

TEST_CASE("Japanese breaks between characters but never before 、。」）ー (kinsoku)") {
    const std::string text =
        "自治体国際化協会（クレア）は、地域の国際化を推進するため、一九八八年に設立された。「国際交流」と「国際協力」"
        "を支援し、シンガポール事務所は、ＡＳＥＡＮ諸国とインド、スリランカを担当している。データーベース、ニュースレター。";
    for (double width : {61.0, 72.0, 83.0, 95.0, 100.0, 118.0, 131.0}) {
        Broken b = breakText(text, width);
        REQUIRE(b.lines.size() > 3);
        std::string joined;
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            INFO("width " << width << " line " << i << ": " << b.lines[i]);
            CHECK_FALSE(startsWithAny(b.lines[i], {"、", "。", "」", "）", "ー", "ッ", "ャ", "ュ", "ョ"}));
            CHECK(b.rightEdges[i] <= width + 1e-6);
            joined += b.lines[i];
        }
        CHECK(joined == text);
    }
}

TEST_CASE("a line never ends with an opening bracket in Japanese") {
    Broken b = breakText("あいうえおかきくけ「こさしすせそ」たちつてと", 95);
    for (const std::string& line : b.lines) {
        INFO(line);
        CHECK((line.size() < 3 || line.substr(line.size() - 3) != "「"));
    }
}

TEST_CASE("right and centre alignment place the line against the edge or in the middle") {
    Broken right = breakText("Total", 200, content::Align::right);
    REQUIRE(right.lines.size() == 1);
    CHECK(right.rightEdges[0] == Approx(200.0));
    Broken centre = breakText("Total", 200, content::Align::center);
    const auto& run = std::get<frame::TextRun>(centre.boxes[0].items[0]);
    CHECK(run.x == Approx((200.0 - run.width) / 2));
}

TEST_CASE("justified lines fill the width except the last") {
    const std::string text =
        "CLAIR's headquarters are located in Tokyo with seven representative offices in New York, London, Paris, "
        "Singapore, Seoul, Sydney and Beijing.";
    Broken b = breakText(text, 220, content::Align::justify);
    REQUIRE(b.lines.size() >= 3);
    for (std::size_t i = 0; i + 1 < b.lines.size(); ++i) CHECK(b.rightEdges[i] == Approx(220.0).margin(0.01));
    CHECK(b.rightEdges.back() < 200.0);
    // Words are set one run each so the stretched spaces fall between them.
    const auto runs = std::count_if(b.boxes[0].items.begin(), b.boxes[0].items.end(),
                                    [](const frame::Item& i) { return std::holds_alternative<frame::TextRun>(i); });
    CHECK(runs >= 3);
}

TEST_CASE("a run of characters the first family lacks is set in the next family") {
    Broken b = breakText(std::vector<content::Span>{span("Tokyo 東京 office")}, 300);
    REQUIRE(b.boxes.size() == 1);
    std::vector<std::string> runs;
    std::vector<int> fonts;
    for (const frame::Item& item : b.boxes[0].items)
        if (auto run = std::get_if<frame::TextRun>(&item)) {
            runs.push_back(run->text);
            fonts.push_back(run->font);
        }
    REQUIRE(runs.size() == 3);
    CHECK(runs[1] == "東京");
    CHECK(fonts[0] == fonts[2]);
    CHECK(fonts[1] != fonts[0]);
}

TEST_CASE("a character no font has is left out with warning T101 naming the place") {
    Diagnostics diagnostics;
    Broken b = breakText(std::vector<content::Span>{span("Smile \xF0\x9F\x98\x80 please")}, 300, content::Align::left,
                         &diagnostics);
    REQUIRE(b.lines.size() == 1);
    CHECK(b.lines[0] == "Smile  please");
    REQUIRE(diagnostics.warningCount() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.code == "T101");
    CHECK(d.file == "test.xml");
    CHECK(d.message == "paragraph: no font has the character U+1F600; it is left out");
}

TEST_CASE("bold, italic, colour and underline spans keep their style - links get rectangles") {
    std::vector<content::Span> spans{span("Visit "), span("our site", 10, true), span(" today")};
    spans[1].style.underline = true;
    spans[1].style.color = {0, 0, 1};
    spans[1].link = "https://www.jlgc.org.sg";
    Broken b = breakText(spans, 400);
    REQUIRE(b.boxes.size() == 1);
    const auto& items = b.boxes[0].items;
    const frame::TextRun* linked = nullptr;
    const frame::Line* underline = nullptr;
    const frame::Link* link = nullptr;
    for (const frame::Item& item : items) {
        if (auto run = std::get_if<frame::TextRun>(&item); run && run->text == "our site") linked = run;
        if (auto line = std::get_if<frame::Line>(&item)) underline = line;
        if (auto l = std::get_if<frame::Link>(&item)) link = l;
    }
    REQUIRE(linked);
    REQUIRE(underline);
    REQUIRE(link);
    CHECK(linked->color == frame::Color{0, 0, 1});
    CHECK(underline->x1 == Approx(linked->x));
    CHECK(underline->x2 == Approx(linked->x + linked->width));
    CHECK(underline->y1 > linked->baseline);
    CHECK(link->uri == "https://www.jlgc.org.sg");
    CHECK(link->x == Approx(linked->x));
    CHECK(link->width == Approx(linked->width));
}

TEST_CASE("a newline in the text is a forced line break") {
    Broken b = breakText("first line\nsecond line", 400);
    REQUIRE(b.lines.size() == 2);
    CHECK(b.lines[0] == "first line");
    CHECK(b.lines[1] == "second line");
}

TEST_CASE("plain letters, digits and spaces break exactly as libunibreak breaks them") {
    // The fast path for simple text must agree with UAX #14 as libunibreak implements it.
    for (const char* text : {"Philippines 334 5 0 339", "a  b", " leading", "trailing  ", "x", "FY2024 Q3 r10c2",
                             "Sri Lanka 2019 2022"}) {
        std::vector<content::Span> spans{span(text)};
        Diagnostics diagnostics;
        Context context(sharedFonts(), diagnostics, "");
        InlineText shaped = shapeInline(context, spans, "t");
        std::vector<char> expected(std::string(text).size());
        set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text), expected.size(), "en", expected.data());
        std::size_t piece = 0;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            while (piece < shaped.pieces.size() && shaped.pieces[piece].end <= i) ++piece;
            if (piece == shaped.pieces.size() || shaped.pieces[piece].end != i + 1) {
                CHECK(expected[i] != LINEBREAK_ALLOWBREAK);  // no piece ends here: no break allowed
                continue;
            }
            const BreakAfter got = shaped.pieces[piece].breakAfter;
            INFO("text \"" << text << "\" after byte " << i);
            CHECK((got == BreakAfter::allowed) == (expected[i] == LINEBREAK_ALLOWBREAK));
        }
    }
}
