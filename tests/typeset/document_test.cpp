// Page furniture, sections, the table of contents and navigation.

#include <catch2/catch.hpp>

#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

content::HeaderFooterField field(std::string text, content::Align align) {
    content::HeaderFooterField f;
    f.text = std::move(text);
    f.align = align;
    f.style.size = 8;
    return f;
}

content::Paragraph filler(int lines) {
    std::string text;
    for (int i = 0; i < lines; ++i) text += (i ? "\n" : "") + std::string("filler ") + std::to_string(i + 1);
    return paragraph(text);
}

content::Document threeSections() {
    content::Document doc;
    content::PageMaster master;
    master.height = 300;
    master.header.push_back(field("{section}", content::Align::left));
    master.header.push_back(field("{title}", content::Align::right));
    master.footer.push_back(field("Page {page} of {pages}", content::Align::center));
    master.headerRule = content::Color{0.8, 0.5, 0.1};
    doc.masters.push_back(master);
    doc.metadata.title = "Our Activities 2025";
    content::Section cover;
    cover.title = "Cover";
    cover.blocks.push_back(paragraph("Our Activities 2025", 24));
    content::TableOfContents toc;
    toc.title = "Contents";
    cover.blocks.push_back(content::PageBreak{});
    cover.blocks.push_back(toc);
    doc.sections.push_back(cover);
    for (const char* name : {"About Us", "Exchange"}) {
        content::Section s;
        s.title = name;
        s.pageBreakBefore = true;
        s.blocks.push_back(heading(name, std::string(name) == "About Us" ? "about" : ""));
        s.blocks.push_back(filler(20));
        doc.sections.push_back(s);
    }
    return doc;
}

}  // namespace

TEST_CASE("headers and footers: fields filled, no furniture on the first page, section titles run") {
    Diagnostics diagnostics;
    frame::Document doc = run(threeSections(), diagnostics);
    REQUIRE(doc.pages.size() >= 5);
    const std::string pages = std::to_string(doc.pages.size());
    CHECK(pageText(doc.pages[0]) == "Our Activities 2025");  // the cover: no header, no footer
    for (std::size_t p = 1; p < doc.pages.size(); ++p) {
        const std::string text = pageText(doc.pages[p]);
        INFO("page " << p + 1 << ": " << text);
        CHECK(text.find("Page " + std::to_string(p + 1) + " of " + pages) != std::string::npos);
        CHECK(text.find("Our Activities 2025") != std::string::npos);
    }
    CHECK(pageText(doc.pages[2]).rfind("About Us|", 0) == 0);
    CHECK(pageText(doc.pages.back()).find("Exchange") != std::string::npos);
    int rules = 0;
    for (const frame::Item& item : doc.pages[1].items)
        if (auto line = std::get_if<frame::Line>(&item)) rules += line->color == frame::Color{0.8, 0.5, 0.1};
    CHECK(rules == 1);
}

TEST_CASE("a header or footer longer than a line wraps inside the margin, or is error T503 - never cut") {
    const std::string longText = "Japan Local Government Centre (CLAIR Singapore), 6 Battery Road, #31-02, "
                                 "Singapore 049909, Tel (65) 6224 7927, https://www.jlgc.org.sg/en/ {page}";
    content::Document doc = threeSections();
    doc.masters[0].footer = {field(longText, content::Align::center)};
    doc.masters[0].marginBottom = 56;
    Diagnostics diagnostics;
    frame::Document out = run(doc, diagnostics);
    CHECK_FALSE(diagnostics.hasErrors());
    const auto runs = textRuns(out.pages[1]);
    std::string footer;
    double lowest = 0;
    for (const frame::TextRun* run : runs)
        if (run->baseline > 300 - 56) footer += run->text + " ", lowest = std::max(lowest, run->baseline);
    CHECK(footer.find("Singapore") != std::string::npos);
    CHECK(footer.find("jlgc.org.sg") != std::string::npos);  // the second line is there too
    CHECK(lowest <= 300);

    doc.masters[0].marginBottom = 20;  // room for less than two lines below the body
    doc.masters[0].footer[0].source = {8, 5};
    Diagnostics tight;
    run(doc, tight);
    std::vector<const Diagnostic*> errors;
    for (const Diagnostic& d : tight.all())
        if (d.code == "T503") errors.push_back(&d);
    REQUIRE(errors.size() == 1);  // once, not once per page
    CHECK(errors[0]->severity == Severity::error);
    CHECK(errors[0]->line == 8);  // at the <footer> element
    CHECK(errors[0]->column == 5);
    CHECK_THAT(errors[0]->message, Catch::StartsWith("footer \"Japan Local Government Centre"));
}

TEST_CASE("the table of contents lists headings with page numbers and links to them") {
    Diagnostics diagnostics;
    frame::Document doc = run(threeSections(), diagnostics);
    const frame::Page& tocPage = doc.pages[1];
    const std::string text = pageText(tocPage);
    INFO(text);
    CHECK(text.find("Contents") != std::string::npos);
    // "About Us" starts on page 3, "Exchange" after the 20 filler lines of About Us.
    int aboutPage = -1, exchangePage = -1;
    for (const frame::OutlineEntry& e : doc.outline) {
        if (e.title == "About Us") aboutPage = e.page;
        if (e.title == "Exchange") exchangePage = e.page;
    }
    REQUIRE(aboutPage == 2);
    REQUIRE(exchangePage > aboutPage);
    const auto runs = textRuns(tocPage);
    std::vector<std::string> numbers;
    double rightEdge = 0;
    for (std::size_t i = 0; i + 1 < runs.size(); ++i)
        if (runs[i]->text.rfind(". .", 0) == 0) {
            numbers.push_back(runs[i + 1]->text);
            rightEdge = runs[i + 1]->x + runs[i + 1]->width;
        }
    REQUIRE(numbers.size() == 2);
    CHECK(numbers[0] == "3");
    CHECK(numbers[1] == std::to_string(exchangePage + 1));
    CHECK(rightEdge == Approx(595.276 - 50));  // right-aligned at the frame's edge
    std::vector<std::string> destinations;
    for (const frame::Item& item : tocPage.items)
        if (auto link = std::get_if<frame::Link>(&item)) destinations.push_back(link->destination);
    REQUIRE(destinations.size() == 2);
    CHECK(destinations[0] == "about");
    CHECK_FALSE(destinations[1].empty());  // a heading without an anchor gets a generated one
    bool found = false;
    for (const frame::Item& item : doc.pages[static_cast<std::size_t>(exchangePage)].items)
        if (auto d = std::get_if<frame::Destination>(&item)) found = found || d->name == destinations[1];
    CHECK(found);
}

TEST_CASE("a section with another page master starts a new page with that master") {
    content::Document doc = document({paragraph("A4 page")});
    content::PageMaster landscape;
    landscape.name = "landscape";
    landscape.width = 841.89;
    landscape.height = 595.276;
    landscape.background = content::Color{0, 0, 0.5};
    doc.masters.push_back(landscape);
    content::Section wide;
    wide.title = "Wide";
    wide.master = "landscape";
    wide.blocks.push_back(paragraph("landscape page"));
    doc.sections.push_back(wide);
    Diagnostics diagnostics;
    frame::Document out = run(doc, diagnostics);
    REQUIRE(out.pages.size() == 2);
    CHECK(out.pages[1].width == Approx(841.89));
    REQUIRE(std::holds_alternative<frame::Rect>(out.pages[1].items.front()));  // the background, drawn first
    CHECK(std::get<frame::Rect>(out.pages[1].items.front()).width == Approx(841.89));
    CHECK(pageText(out.pages[1]) == "landscape page");
}

TEST_CASE("an unknown page master is warning T501 and the default is used") {
    content::Document doc = document({paragraph("text")});
    doc.sections[0].master = "poster";
    Diagnostics diagnostics;
    frame::Document out = run(doc, diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "T501");
    CHECK(diagnostics.all()[0].message ==
          "section 'Test' asks for page master 'poster', which is not defined; the default master is used");
    CHECK(out.pages.size() == 1);
}

TEST_CASE("a page master whose margins leave no room is error T502") {
    content::Document doc = document({paragraph("text")});
    doc.masters[0].marginLeft = 300;
    doc.masters[0].marginRight = 300;
    doc.masters[0].source = {2, 3};
    Diagnostics diagnostics;
    frame::Document out = run(doc, diagnostics);
    REQUIRE(diagnostics.hasErrors());
    CHECK(diagnostics.all()[0].code == "T502");
    CHECK(diagnostics.all()[0].line == 2);  // at the <master> element
    CHECK(diagnostics.all()[0].column == 3);
    CHECK(out.pages.empty());
}

TEST_CASE("an internal link to an unknown anchor is warning T401") {
    content::Paragraph p = paragraph("see ");
    p.spans.push_back(span("below"));
    p.spans.back().link = "#nowhere";
    Diagnostics diagnostics;
    run(document({heading("Here", "here"), p}), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "T401");
    CHECK(diagnostics.all()[0].message == "link to '#nowhere', but no heading has that anchor");
}

TEST_CASE("only the fonts a document uses are listed") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({paragraph("plain Latin text")}), diagnostics);
    REQUIRE(doc.fonts.size() == 1);
    CHECK(doc.fonts[0].file.find("NotoSans-Regular.ttf") != std::string::npos);
    doc = run(document({paragraph("日本語 and bold"), heading("Bold", "b")}), diagnostics);
    CHECK(doc.fonts.size() == 3);
}

TEST_CASE("lists: markers hang in the indent, item text lines up after them") {
    content::List list;
    list.numbered = true;
    list.indent = 14;
    list.items.push_back(paragraph("Promoting local government level exchange and international cooperation between "
                                   "Japan and the countries of the region"));
    list.items.push_back(paragraph("Conducting research"));
    Diagnostics diagnostics;
    frame::Document doc = run(document({list}, 841.89, 300), diagnostics);
    const auto runs = textRuns(doc.pages[0]);
    REQUIRE(runs.size() >= 5);
    // Item 1 wraps: its lines start at the indent; the marker "1." sits at the left edge on line 1.
    std::vector<const frame::TextRun*> markers, text;
    for (const frame::TextRun* run : runs) (run->text == "1." || run->text == "2." ? markers : text).push_back(run);
    REQUIRE(markers.size() == 2);
    CHECK(markers[0]->x == Approx(50));
    CHECK(markers[0]->baseline == Approx(text[0]->baseline));
    for (const frame::TextRun* run : text) CHECK(run->x == Approx(64));
}

TEST_CASE("a missing glyph in a document names the section and the text it is in") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({paragraph("Thanks \xE2\x9C\x85 to all participating local governments")}),
                              diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.code == "T101");
    CHECK(d.severity == Severity::warning);
    CHECK(d.message ==
          "section 'Test', text \"Thanks \xE2\x9C\x85 to all participating \xE2\x80\xA6\": no font has the character "
          "U+2705; it is left out");
    CHECK(pageText(doc.pages[0]) == "Thanks  to all participating local governments");
}
