// Outline, links, destinations and page labels, read back with qpdf --json.

#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include "core/diagnostic.h"
#include "pdf_readers.h"
#include "render/page_labels.h"
#include "render/pdf_painter.h"
#include "sample_documents.h"

using namespace brochure;
using namespace brochure::testing;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// Three pages; page 3 holds the destination "members" at y = 200.
frame::Document threePages() {
    frame::Document document = documentWithLines({"Contents"});
    for (const char* text : {"Chapter one", "Members"}) {
        frame::Page page;
        page.items.push_back(textRun(72, 72, 0, text));
        document.pages.push_back(page);
    }
    document.pages[2].items.push_back(frame::Destination{"members", 200});
    return document;
}

std::string write(const frame::Document& document, const TempDir& dir) {
    Diagnostics diagnostics;
    std::string path = dir.file("nav.pdf");
    bool ok = render::writePdf(document, path, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : formatDiagnostic(diagnostics.all()[0])));
    REQUIRE(ok);
    return path;
}

std::string pageObject(const std::string& pdf, int index) {
    return qpdfJson(pdf, "pages")->getArray("pages")->getObject(index)->getValue<std::string>("object");
}

}  // namespace

TEST_CASE("the outline nests entries by level with UTF-8 titles", "[render][navigation]") {
    TempDir dir("render-outline");
    frame::Document document = threePages();
    document.outline = {{"Café culture", 1, 1, 72}, {"Hà Nội", 2, 1, 300}, {"Deep", 4, 1, 400}, {"Members", 1, 2, 200}};
    std::string pdf = write(document, dir);

    Array::Ptr outlines = qpdfJson(pdf, "outlines")->getArray("outlines");
    REQUIRE(outlines->size() == 2);
    Object::Ptr first = outlines->getObject(0);
    CHECK(first->getValue<std::string>("title") == "Café culture");
    CHECK(first->getValue<int>("destpageposfrom1") == 2);
    Array::Ptr kids = first->getArray("kids");
    REQUIRE(kids->size() == 1);
    CHECK(kids->getObject(0)->getValue<std::string>("title") == "Hà Nội");
    // Level 4 under level 2: it hangs under the nearest shallower entry.
    REQUIRE(kids->getObject(0)->getArray("kids")->size() == 1);
    CHECK(kids->getObject(0)->getArray("kids")->getObject(0)->getValue<std::string>("title") == "Deep");
    CHECK(outlines->getObject(1)->getValue<std::string>("title") == "Members");
    CHECK(outlines->getObject(1)->getValue<int>("destpageposfrom1") == 3);

    // [page /XYZ null top null]: top is y flipped, the reader's zoom is kept (never 0).
    Array::Ptr dest = outlines->getObject(1)->getArray("dest");
    REQUIRE(dest->size() == 5);
    CHECK(dest->getElement<std::string>(1) == "/XYZ");
    CHECK(dest->isNull(2));
    CHECK(dest->getElement<double>(3) == Approx(841.89 - 200).epsilon(1e-4));
    CHECK(dest->isNull(4));
}

TEST_CASE("URI links and internal links land where they should, without borders", "[render][navigation]") {
    TempDir dir("render-links");
    frame::Document document = threePages();
    document.pages[0].items.push_back(frame::Link{72, 100, 120, 14, "https://www.jclair.org.sg/", ""});
    document.pages[0].items.push_back(frame::Link{72, 120, 120, 14, "", "members"});
    std::string pdf = write(document, dir);

    auto qpdf = qpdfJson(pdf, "qpdf");
    auto links = objectsWithSubtype(qpdf, "/Link");
    REQUIRE(links.size() == 2);
    int uriLinks = 0, internalLinks = 0;
    for (const auto& link : links) {
        Array::Ptr border = link->getArray("/Border");
        REQUIRE(border);
        CHECK(border->getElement<int>(2) == 0);
        if (link->has("/A")) {
            ++uriLinks;
            CHECK(link->getObject("/A")->getValue<std::string>("/URI") == "u:https://www.jclair.org.sg/");
            Array::Ptr rect = link->getArray("/Rect");
            CHECK(rect->getElement<double>(1) == Approx(841.89 - 114).epsilon(1e-4));  // bottom = H - y - h
            CHECK(rect->getElement<double>(3) == Approx(841.89 - 100).epsilon(1e-4));
        } else {
            ++internalLinks;
            auto dest = objectValue(qpdf, link->getValue<std::string>("/Dest")).extract<Array::Ptr>();
            CHECK(dest->getElement<std::string>(0) == pageObject(pdf, 2));
            CHECK(dest->getElement<double>(3) == Approx(841.89 - 200).epsilon(1e-4));
        }
    }
    CHECK(uriLinks == 1);
    CHECK(internalLinks == 1);
}

TEST_CASE("a link to an unknown destination is an R205 error", "[render][navigation]") {
    frame::Document document = threePages();
    document.pages[1].items.push_back(frame::Link{72, 100, 50, 10, "", "membres"});
    Diagnostics diagnostics;
    CHECK_FALSE(render::renderPdf(document, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].code == "R205");
    CHECK(diagnostics.all()[0].message == "link on page 2 goes to 'membres', but no such destination exists");
}

TEST_CASE("a destination defined twice is an R208 warning - links use the first", "[render][navigation]") {
    frame::Document document = threePages();
    document.pages[0].items.push_back(frame::Destination{"members", 10});
    Diagnostics diagnostics;
    CHECK(render::renderPdf(document, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "R208");
    CHECK(diagnostics.all()[0].severity == Severity::warning);
}

TEST_CASE("page labels show the printed page numbers", "[render][navigation]") {
    TempDir dir("render-labels");
    frame::Document document = threePages();
    frame::Page extra;
    extra.items.push_back(textRun(72, 72, 0, "more"));
    document.pages.push_back(extra);
    document.pages[0].label = "Cover";
    document.pages[1].label = "ii";
    document.pages[2].label = "1";
    document.pages[3].label = "2";
    std::string pdf = write(document, dir);
    Array::Ptr pages = qpdfJson(pdf, "pages")->getArray("pages");
    REQUIRE(pages->size() == 4);
    Object::Ptr cover = pages->getObject(0)->getObject("label");
    CHECK(cover->getValue<std::string>("/P") == "u:Cover");
    CHECK_FALSE(cover->has("/S"));
    Object::Ptr roman = pages->getObject(1)->getObject("label");
    CHECK(roman->getValue<std::string>("/S") == "/r");
    CHECK(roman->getValue<int>("/St") == 2);
    Object::Ptr arabic = pages->getObject(2)->getObject("label");
    CHECK(arabic->getValue<std::string>("/S") == "/D");
    CHECK(qpdfJson(pdf, "pagelabels")->getArray("pagelabels")->size() == 3);  // "2" continues "1"
}

TEST_CASE("page label ranges follow the printed labels", "[render][navigation][unit]") {
    using render::LabelRange;
    using render::LabelStyle;
    using render::pageLabelRanges;
    CHECK(pageLabelRanges({"1", "2", "3"}) == std::vector<LabelRange>{{0, LabelStyle::decimal, 1, ""}});
    CHECK(pageLabelRanges({"", "", "iii", "iv", "1", "2", "5"}) ==
          std::vector<LabelRange>{{0, LabelStyle::none, 1, ""},
                                  {2, LabelStyle::lowerRoman, 3, ""},
                                  {4, LabelStyle::decimal, 1, ""},
                                  {6, LabelStyle::decimal, 5, ""}});
    CHECK(pageLabelRanges({"A-1", "A-2", "B-1"}) ==
          std::vector<LabelRange>{{0, LabelStyle::decimal, 1, "A-"}, {2, LabelStyle::decimal, 1, "B-"}});
    CHECK(pageLabelRanges({"XIV", "XV"}) == std::vector<LabelRange>{{0, LabelStyle::upperRoman, 14, ""}});
    // Not numbers: "007" (leading zero), "iiii" (not canonical roman) are plain labels.
    CHECK(pageLabelRanges({"007"}) == std::vector<LabelRange>{{0, LabelStyle::none, 1, "007"}});
    CHECK(pageLabelRanges({"iiii"}) == std::vector<LabelRange>{{0, LabelStyle::none, 1, "iiii"}});
}

TEST_CASE("libharu refusing an operation is an R201 error saying what was being done", "[render][navigation]") {
    // libharu limits PDF strings to 65,535 bytes.
    frame::Document document = threePages();
    std::string uri = "https://example.com/?q=" + std::string(70000, 'a');
    document.pages[1].items.push_back(frame::Link{72, 100, 50, 10, uri, ""});
    Diagnostics diagnostics;
    CHECK_FALSE(render::renderPdf(document, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.code == "R201");
    CHECK_THAT(d.message, Catch::StartsWith("PDF writing failed while adding the link to https://example.com/?q=aaa"));
    CHECK_THAT(d.message, Catch::EndsWith("... on page 2: text longer than PDF's limit of 65,535 bytes (libharu error 0x105B/0)"));
    CHECK(d.message.size() < 300);  // the 70,000-character URI is abbreviated
}
