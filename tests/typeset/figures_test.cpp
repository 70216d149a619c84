// Images, QR codes and bar charts.

#include <catch2/catch.hpp>

#include <qrencode.h>

#include <cstdio>
#include <map>

#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

namespace {

// Fake image sizes: tests never need real files.
frame::Document runWithImages(const content::Document& doc, Diagnostics& diagnostics) {
    typeset::TypesetOptions options;
    options.imageSize = [](const std::string& path, Diagnostics& d) -> std::optional<typeset::ImageSize> {
        if (path == "broken.png") {
            d.error("R103", path, 0, 0, "corrupt or truncated PNG");
            return std::nullopt;
        }
        return typeset::ImageSize{400, 300};
    };
    return typeset::typeset(doc, sharedFonts(), diagnostics, options);
}

std::vector<const frame::ImagePlacement*> images(const frame::Page& page) {
    std::vector<const frame::ImagePlacement*> out;
    for (const frame::Item& item : page.items)
        if (auto i = std::get_if<frame::ImagePlacement>(&item)) out.push_back(i);
    return out;
}

content::Image image(std::string path, content::Fit fit, double width, double height) {
    content::Image i;
    i.path = std::move(path);
    i.fit = fit;
    i.width = width;
    i.height = height;
    i.caption.push_back(span("Caption of " + i.path));
    return i;
}

}  // namespace

TEST_CASE("images keep their aspect ratio by width, height or box, caption below") {
    Diagnostics diagnostics;
    frame::Document doc = runWithImages(document({image("w.png", content::Fit::width, 200, 0),
                                                  image("h.png", content::Fit::height, 0, 90),
                                                  image("b.png", content::Fit::box, 100, 100)}),
                                        diagnostics);
    REQUIRE(doc.pages.size() == 1);
    const auto placed = images(doc.pages[0]);
    REQUIRE(placed.size() == 3);
    CHECK(placed[0]->width == Approx(200));
    CHECK(placed[0]->height == Approx(150));
    CHECK(placed[1]->height == Approx(90));
    CHECK(placed[1]->width == Approx(120));
    CHECK(placed[2]->width == Approx(100));
    CHECK(placed[2]->height == Approx(75));
    // Centred in the frame; the caption is under the image.
    CHECK(placed[0]->x == Approx(50 + (495.276 - 200) / 2));
    for (const frame::TextRun* run : textRuns(doc.pages[0]))
        if (run->text == "Caption of w.png") CHECK(run->baseline > placed[0]->y + placed[0]->height);
}

TEST_CASE("a figure that does not fit moves to the next page while the text after it fills the gap") {
    Diagnostics diagnostics;
    // Content box 300pt: 10 lines of text, a 200pt-tall image, then more text.
    content::Document doc = document({paragraph("first\n2\n3\n4\n5\n6\n7\n8\n9\n10"),
                                      image("photo.png", content::Fit::width, 266.7, 0), paragraph("after the figure"),
                                      image("second.png", content::Fit::width, 40, 0)},
                                     412);
    frame::Document out = runWithImages(doc, diagnostics);
    REQUIRE(out.pages.size() == 2);
    CHECK(pageText(out.pages[0]).find("after the figure") != std::string::npos);  // text filled the gap
    REQUIRE(images(out.pages[1]).size() == 2);                                     // figures in order
    CHECK(images(out.pages[1])[0]->path == "photo.png");
    CHECK(images(out.pages[1])[1]->path == "second.png");
    CHECK(images(out.pages[1])[0]->y == Approx(56));                               // at the top
}

TEST_CASE("a figure waiting for room never crosses a page break into the next section") {
    Diagnostics diagnostics;
    content::Document doc = document({paragraph("first\n2\n3\n4\n5\n6\n7\n8\n9\n10"),
                                      image("photo.png", content::Fit::width, 266.7, 0)},
                                     412);
    content::Section next;
    next.title = "Next section";
    next.pageBreakBefore = true;
    next.blocks.push_back(paragraph("the next section"));
    doc.sections.push_back(next);
    frame::Document out = runWithImages(doc, diagnostics);
    REQUIRE(out.pages.size() == 3);
    CHECK(images(out.pages[0]).empty());
    REQUIRE(images(out.pages[1]).size() == 1);  // its own section's page...
    CHECK(pageText(out.pages[1]).find("the next section") == std::string::npos);
    CHECK(images(out.pages[2]).empty());        // ...not the top of the next section
    CHECK(pageText(out.pages[2]).find("the next section") != std::string::npos);
}

TEST_CASE("an unreadable image is reported by the loader and left out") {
    Diagnostics diagnostics;
    frame::Document doc = runWithImages(document({image("broken.png", content::Fit::width, 0, 0)}), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "R103");
    CHECK(doc.pages.size() == 1);
    CHECK(images(doc.pages[0]).empty());
}

TEST_CASE("a QR code is drawn as merged dark runs with a quiet zone, and decodes to the same modules") {
    content::QrCode qr;
    qr.data = "https://www.jlgc.org.sg/en/";
    qr.size = 72;
    qr.caption.push_back(span("Website"));
    Diagnostics diagnostics;
    frame::Document doc = run(document({qr}), diagnostics);
    REQUIRE(doc.pages.size() == 1);
    QRcode* code = QRcode_encodeData(static_cast<int>(qr.data.size()),
                                     reinterpret_cast<const unsigned char*>(qr.data.data()), 0, QR_ECLEVEL_M);
    REQUIRE(code);
    const int n = code->width;
    const double module = 72.0 / (n + 8);
    int darkModules = 0, runs = 0;
    for (int i = 0; i < n * n; ++i) darkModules += code->data[i] & 1;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) runs += (code->data[y * n + x] & 1) && (x == 0 || !(code->data[y * n + x - 1] & 1));
    QRcode_free(code);
    double area = 0, minX = 1e9, minY = 1e9;
    int rects = 0;
    for (const frame::Item& item : doc.pages[0].items)
        if (auto r = std::get_if<frame::Rect>(&item)) {
            ++rects;
            area += r->width * r->height;
            minX = std::min(minX, r->x);
            minY = std::min(minY, r->y);
            CHECK(r->fill == frame::Color{0, 0, 0});
        }
    CHECK(rects == runs);                                    // one rectangle per horizontal run
    CHECK(area == Approx(darkModules * module * module));   // exactly the dark modules
    CHECK(minY == Approx(56 + 4 * module));                 // 4-module quiet zone
    CHECK(pageText(doc.pages[0]) == "Website");
}

TEST_CASE("QR data too long for a code is error T302") {
    content::QrCode qr;
    qr.data = std::string(3000, 'x');
    Diagnostics diagnostics;
    run(document({qr}), diagnostics);
    REQUIRE(diagnostics.hasErrors());
    CHECK(diagnostics.all()[0].code == "T302");
    CHECK(diagnostics.all()[0].message == "QR code data is too long to encode (3000 bytes)");
}

TEST_CASE("bar chart: horizontal bars in proportion, round ticks, value and category labels") {
    content::BarChart chart;
    chart.title = "JET participants by country";
    chart.labels = {"Philippines", "Singapore", "Vietnam"};
    chart.values = {334, 51, 28};
    chart.height = 120;
    Diagnostics diagnostics;
    frame::Document doc = run(document({chart}), diagnostics);
    std::vector<const frame::Rect*> bars;
    for (const frame::Item& item : doc.pages[0].items)
        if (auto r = std::get_if<frame::Rect>(&item)) bars.push_back(r);
    REQUIRE(bars.size() == 3);
    CHECK(bars[1]->width / bars[0]->width == Approx(51.0 / 334));
    CHECK(bars[0]->y < bars[1]->y);
    const std::string text = pageText(doc.pages[0]);
    INFO(text);
    for (const char* expected : {"JET participants by country", "Philippines", "334", "51", "28", "0", "100", "200",
                                 "300", "400"})
        CHECK(text.find(expected) != std::string::npos);
    CHECK(text.find("350") == std::string::npos);  // ticks are 1, 2 or 5 times a power of ten
}

TEST_CASE("bar chart with more labels than values is warning T303") {
    content::BarChart chart;
    chart.title = "x";
    chart.labels = {"a", "b"};
    chart.values = {1};
    Diagnostics diagnostics;
    run(document({chart}), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "T303");
    CHECK(diagnostics.all()[0].message == "bar chart 'x' has 2 labels and 1 values; extra ones are left out");
}

namespace {

content::BarChart numberedChart(const std::string& title, int rows) {
    content::BarChart chart;
    chart.title = title;
    chart.labelStyle.size = 7.5;
    for (int i = 1; i <= rows; ++i) {
        char label[16];
        std::snprintf(label, sizeof label, "row-%03d", i);
        chart.labels.push_back(label);
        chart.values.push_back(i * 7 % 101);
    }
    return chart;
}

// Every text run, line and rectangle lies inside the page's content box (margins 56/50 pt).
void checkInsideContentBox(const frame::Document& doc) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const frame::Page& page = doc.pages[p];
        for (const frame::Item& item : page.items) {
            double top = 0, bottom = 0, left = 0, right = 0;
            if (auto t = std::get_if<frame::TextRun>(&item)) {
                // The baseline and the cap height above it (line boxes hold the ascenders).
                top = t->baseline - 0.75 * t->size, bottom = t->baseline, left = t->x, right = t->x + t->width;
            } else if (auto r = std::get_if<frame::Rect>(&item)) {
                top = r->y, bottom = r->y + r->height, left = r->x, right = r->x + r->width;
            } else if (auto l = std::get_if<frame::Line>(&item)) {
                top = std::min(l->y1, l->y2), bottom = std::max(l->y1, l->y2), left = std::min(l->x1, l->x2),
                right = std::max(l->x1, l->x2);
            } else {
                continue;
            }
            INFO("page " << p + 1);
            CHECK(top >= 56 - 1e-6);
            CHECK(bottom <= page.height - 56 + 1e-6);
            CHECK(left >= 50 - 1e-6);
            CHECK(right <= page.width - 50 + 1e-6);
        }
    }
}

// How many times each label of `chart` is printed over the whole document.
std::map<std::string, int> labelCounts(const frame::Document& doc) {
    std::map<std::string, int> counts;
    for (const frame::Page& page : doc.pages)
        for (const frame::TextRun* run : textRuns(page))
            if (run->text.rfind("row-", 0) == 0) ++counts[run->text];
    return counts;
}

}  // namespace

TEST_CASE("bar chart: every one of 240 and 500 rows is a bar, continued on the next pages with title and axis") {
    for (int rows : {240, 500}) {
        INFO(rows << " rows");
        Diagnostics diagnostics;
        frame::Document doc = run(document({paragraph("Before the chart."), numberedChart("Big chart", rows),
                                            paragraph("After the chart.")}),
                                  diagnostics);
        CHECK_FALSE(diagnostics.hasErrors());
        const std::map<std::string, int> counts = labelCounts(doc);
        CHECK(counts.size() == static_cast<std::size_t>(rows));
        for (const auto& [label, count] : counts) CHECK(count == 1);
        checkInsideContentBox(doc);
        // Pieces: the first page holds the text before it, the chart starts on a page of its own,
        // each continuation repeats the title, and the bars count up through the pages.
        REQUIRE(doc.pages.size() >= 3);
        std::size_t bars = 0;
        for (std::size_t p = 1; p < doc.pages.size(); ++p) {
            const std::string text = pageText(doc.pages[p]);
            bool hasBars = false;
            for (const frame::Item& item : doc.pages[p].items)
                if (auto r = std::get_if<frame::Rect>(&item); r && r->height > 0) hasBars = true, ++bars;
            if (!hasBars) continue;
            CHECK(text.find("Big chart") != std::string::npos);
            CHECK((text.find("(continued)") != std::string::npos) == (p > 1));
            CHECK(text.find("|100|") != std::string::npos);  // the axis numbers under the bars
        }
        CHECK(bars == static_cast<std::size_t>(rows));
        CHECK(pageText(doc.pages[0]).find("row-001") == std::string::npos);  // moved whole to the next page
        CHECK(pageText(doc.pages.back()).find("After the chart.") != std::string::npos);
    }
}

TEST_CASE("bar chart longer than a page starts on the page of its heading") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({paragraph("Before the chart."), heading("The long chart", "long"),
                                        numberedChart("Big chart", 240)}),
                              diagnostics);
    REQUIRE(doc.pages.size() >= 2);
    for (const frame::Page& page : doc.pages) {
        const std::string text = pageText(page);
        if (text.find("The long chart") == std::string::npos) continue;
        CHECK(text.find("row-001") != std::string::npos);  // the heading is never alone at a page foot
    }
    CHECK(labelCounts(doc).size() == 240);
    checkInsideContentBox(doc);
}

TEST_CASE("bar chart: short labels and long numbers keep the axis numbers inside the frame") {
    content::BarChart chart;
    chart.labels = {"a", "b"};
    chart.values = {-250000, 1250000};
    Diagnostics diagnostics;
    frame::Document doc = run(document({chart}), diagnostics);
    CHECK(pageText(doc.pages[0]).find("1,500,000") != std::string::npos);
    checkInsideContentBox(doc);
}

TEST_CASE("bar chart that does not fit the rest of the page moves to the next page") {
    content::BarChart chart = numberedChart("Small chart", 5);
    chart.height = 150;
    Diagnostics diagnostics;
    // A 412 pt page has a 300 pt content box; 12 lines of text leave less than 150 pt.
    frame::Document doc = run(document({paragraph("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15"), chart}, 412),
                              diagnostics);
    REQUIRE(doc.pages.size() == 2);
    CHECK(pageText(doc.pages[0]).find("row-") == std::string::npos);
    CHECK(labelCounts(doc).size() == 5);
    checkInsideContentBox(doc);
}

TEST_CASE("bar chart: negative values draw left of the zero line, their value before the bar") {
    content::BarChart chart;
    chart.title = "Change";
    chart.labels = {"up", "down", "flat"};
    chart.values = {30, -12.5, 0};
    Diagnostics diagnostics;
    frame::Document doc = run(document({chart}), diagnostics);
    CHECK(diagnostics.all().empty());
    std::vector<const frame::Rect*> bars;
    double zero = -1;
    for (const frame::Item& item : doc.pages[0].items) {
        if (auto r = std::get_if<frame::Rect>(&item)) bars.push_back(r);
        if (auto l = std::get_if<frame::Line>(&item); l && l->width == 0.8) zero = l->x1;  // the zero line
    }
    REQUIRE(bars.size() == 3);
    REQUIRE(zero > 50);
    CHECK(bars[0]->x == Approx(zero));                   // positive: from zero to the right
    CHECK(bars[1]->x + bars[1]->width == Approx(zero));  // negative: from zero to the left
    CHECK(bars[1]->width / bars[0]->width == Approx(12.5 / 30));
    CHECK(bars[2]->width == Approx(0));
    const frame::TextRun* negative = nullptr;
    for (const frame::TextRun* run : textRuns(doc.pages[0]))
        if (run->text == "-12.5") negative = run;
    REQUIRE(negative);
    CHECK(negative->x + negative->width <= bars[1]->x);  // the value reads before the bar
    const std::string text = pageText(doc.pages[0]);
    CHECK(text.find("|-20|") != std::string::npos);      // the axis extends below zero
    CHECK(text.find("-0") == std::string::npos);
    checkInsideContentBox(doc);
}

TEST_CASE("columns place blocks side by side") {
    content::Columns columns;
    columns.gap = 20;
    columns.columns.push_back({paragraph("left column")});
    columns.columns.push_back({paragraph("right column")});
    Diagnostics diagnostics;
    frame::Document doc = run(document({columns}), diagnostics);
    const auto runs = textRuns(doc.pages[0]);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0]->baseline == Approx(runs[1]->baseline));
    CHECK(runs[1]->x == Approx(50 + (495.276 - 20) / 2 + 20));
}

TEST_CASE("a figure right after a heading does not float away from it") {
    Diagnostics diagnostics;
    content::Heading h = heading("Gallery", "gallery");
    content::Document doc = document({paragraph("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18"), h,
                                      image("photo.png", content::Fit::width, 266.7, 0), paragraph("after")},
                                     412);
    frame::Document out = runWithImages(doc, diagnostics);
    REQUIRE(out.pages.size() == 2);
    CHECK(pageText(out.pages[1]).rfind("Gallery", 0) == 0);  // the heading moved with its figure
    CHECK(images(out.pages[1]).size() == 1);
}
