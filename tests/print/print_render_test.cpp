// The print edition as the PDF painter makes it, read back with real readers (pdfinfo, qpdf,
// pdftoppm, pdfimages): hand-built pages with exact positions, so each test states what the
// print shop must find.

#include "image_fixtures.h"
#include "pdf_readers.h"
#include "print_readers.h"
#include "sample_documents.h"

#include "image/cmyk.h"
#include "render/pdf_painter.h"
#include "render/print_geometry.h"

#include <catch2/catch.hpp>

using namespace brochure;
using namespace brochure::testing;

namespace {

constexpr double kA4Width = 595.276, kA4Height = 841.89;
constexpr double kBleed = 72.0 / 25.4 * 3;  // 3 mm
const char* const kProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

render::RenderOptions printOptions(bool cropMarks, double bleed = kBleed, bool profile = true) {
    render::PrintEdition print;
    print.bleed = bleed;
    print.cropMarks = cropMarks;
    if (profile) {
        print.outputProfile = readFile(kProfile);
        print.outputCondition = "CGATS TR 001";
    }
    return {print};
}

// Any frame item with a box (Rect, ImagePlacement), placed at x, y (y down from the top).
template <class Item>
Item boxed(Item item, double x, double y, double width, double height) {
    item.x = x;
    item.y = y;
    item.width = width;
    item.height = height;
    return item;
}

frame::Rect filledRect(double x, double y, double width, double height, frame::Color fill) {
    frame::Rect rect;
    rect.fill = fill;
    return boxed(rect, x, y, width, height);
}

frame::ImagePlacement placed(const std::string& path, double x, double y, double width, double height) {
    frame::ImagePlacement image;
    image.path = path;
    return boxed(image, x, y, width, height);
}

// #1f4e79, the brochure's deep blue.
const frame::Color kDeepBlue{31 / 255.0, 78 / 255.0, 121 / 255.0};

// Page 1: white A4 with a line of text, a heading rule and a box in layout-given inks;
// page 2: A5 with a full-page blue background (a cover) and an image touching its top edge.
frame::Document printSample(const std::string& imagePath) {
    frame::Document document = documentWithLines({"The print edition"});
    frame::Page& first = document.pages[0];
    first.items.push_back(frame::Line{72, 100, 300, 100, 1, kDeepBlue});
    frame::Color inks{0.5, 0.5, 0.5, frame::Cmyk{0.1f, 0.2f, 0.3f, 0.4f}};
    first.items.push_back(filledRect(72, 200, 100, 50, inks));
    frame::Page cover;
    cover.width = 419.528;
    cover.height = 595.276;
    cover.items.push_back(filledRect(0, 0, cover.width, cover.height, kDeepBlue));
    cover.items.push_back(placed(imagePath, 100, 0, 200, 150));
    cover.items.push_back(frame::Link{72, 300, 100, 20, "https://www.jclair.org.sg", ""});
    document.pages.push_back(cover);
    document.outline.push_back({"Cover", 1, 1, 0});
    return document;
}

struct Rendered {
    TempDir dir{"print-render"};
    std::string pdf = dir.file("print.pdf");
    std::string image = dir.file("photo.png");
    Diagnostics diagnostics;
    bool ok = false;

    explicit Rendered(const render::RenderOptions& options, PngSpec spec = {80, 60, 6, 8, false, false, 255}) {
        writeFile(image, makePng(spec));
        ok = render::writePdf(printSample(image), pdf, diagnostics, options);
    }
};

bool near(double a, double b) { return std::abs(a - b) < 0.01; }

}  // namespace

TEST_CASE("the print edition's boxes: MediaBox > BleedBox > TrimBox by the slug and the bleed on every page",
          "[print][boxes]") {
    Rendered r(printOptions(true));
    REQUIRE(r.ok);
    auto pages = pageBoxes(r.pdf);
    REQUIRE(pages.size() == 2);
    const double sizes[2][2] = {{kA4Width, kA4Height}, {419.528, 595.276}};
    const double slug = render::kMarkGap + render::kMarkLength + render::kSlugMargin;  // 21 pt
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        const PageBoxes& b = pages[p];
        // The trim is the page as typeset.
        CHECK(near(b.trim.right - b.trim.left, sizes[p][0]));
        CHECK(near(b.trim.top - b.trim.bottom, sizes[p][1]));
        // The bleed box is the trim plus 3 mm on every side, the media box the bleed plus the slug.
        CHECK(near(b.trim.left - b.bleed.left, kBleed));
        CHECK(near(b.bleed.right - b.trim.right, kBleed));
        CHECK(near(b.trim.bottom - b.bleed.bottom, kBleed));
        CHECK(near(b.bleed.top - b.trim.top, kBleed));
        CHECK(near(b.bleed.left - b.media.left, slug));
        CHECK(near(b.media.right - b.bleed.right, slug));
        CHECK(near(b.bleed.bottom - b.media.bottom, slug));
        CHECK(near(b.media.top - b.bleed.top, slug));
    }
}

TEST_CASE("without crop marks the media box is the bleed box - the bleed is configurable", "[print][boxes]") {
    const double fiveMm = 72.0 / 25.4 * 5;
    Rendered r(printOptions(false, fiveMm));
    REQUIRE(r.ok);
    for (const PageBoxes& b : pageBoxes(r.pdf)) {
        CHECK(near(b.media.left, b.bleed.left));
        CHECK(near(b.media.top, b.bleed.top));
        CHECK(near(b.trim.left - b.bleed.left, fiveMm));
        CHECK(near(b.bleed.top - b.trim.top, fiveMm));
    }
}

TEST_CASE("the print edition's content streams use CMYK operators only", "[print][colour]") {
    Rendered r(printOptions(true));
    REQUIRE(r.ok);
    std::vector<std::string> streams;
    auto operators = colourOperators(r.pdf, &streams);
    for (const char* rgbOrGray : {"rg", "RG", "g", "G", "sc", "scn", "SC", "SCN", "cs", "CS"}) {
        INFO(rgbOrGray);
        CHECK(operators[rgbOrGray] == 0);
    }
    CHECK(operators["k"] > 0);
    CHECK(operators["K"] > 0);
    REQUIRE(streams.size() == 2);
    // Inks given by the layout are printed exactly.
    CHECK_THAT(streams[0], Catch::Contains("0.1 0.2 0.3 0.4 k"));
    // #1f4e79 by docs/print.md's formula: K = 1 - 121/255, C = (121 - 31)/121, M = (121 - 78)/121, Y = 0.
    CHECK_THAT(streams[0], Catch::Contains("0.744 0.355 0 0.525 K"));
    CHECK_THAT(streams[1], Catch::Contains("0.744 0.355 0 0.525 k"));
    // Text that never set a colour prints in CMYK black, not the DeviceGray default.
    CHECK_THAT(streams[0], Catch::Contains("0 0 0 1 k"));

    // The screen edition of the same pages is RGB.
    TempDir dir("print-render-screen");
    Diagnostics diagnostics;
    REQUIRE(render::writePdf(printSample(r.image), dir.file("screen.pdf"), diagnostics));
    auto screen = colourOperators(dir.file("screen.pdf"));
    CHECK(screen["rg"] > 0);
    CHECK(screen["k"] == 0);
}

TEST_CASE("the RGB to CMYK formula of docs/print.md", "[print][colour]") {
    auto check = [](double r, double g, double b, double c, double m, double y, double k) {
        image::Inks inks = image::rgbToCmyk(r, g, b);
        INFO(r << " " << g << " " << b);
        CHECK(inks.c == Approx(c).margin(1e-9));
        CHECK(inks.m == Approx(m).margin(1e-9));
        CHECK(inks.y == Approx(y).margin(1e-9));
        CHECK(inks.k == Approx(k).margin(1e-9));
    };
    check(0, 0, 0, 0, 0, 0, 1);        // black: K only
    check(1, 1, 1, 0, 0, 0, 0);        // white: no ink
    check(0.5, 0.5, 0.5, 0, 0, 0, 0.5);  // grey: K only, no colour fringes
    check(1, 0, 0, 0, 1, 1, 0);        // red: magenta + yellow
    check(0, 0.5, 1, 1, 0.5, 0, 0);    // azure
}

TEST_CASE("the 8-bit pixel conversion agrees with the formula to one level", "[print][colour]") {
    int worst = 0;
    for (int r = 0; r < 256; r += 5)
        for (int g = 0; g < 256; g += 3)
            for (int b = 0; b < 256; b += 7) {
                unsigned char pixel[4];
                image::rgbToCmykPixel(static_cast<unsigned char>(r), static_cast<unsigned char>(g),
                                      static_cast<unsigned char>(b), pixel);
                image::Inks inks = image::rgbToCmyk(r / 255.0, g / 255.0, b / 255.0);
                const double exact[4] = {inks.c, inks.m, inks.y, inks.k};
                for (int c = 0; c < 4; ++c)
                    worst = std::max(worst, static_cast<int>(std::lround(std::abs(pixel[c] - exact[c] * 255))));
            }
    CHECK(worst <= 1);
}

TEST_CASE("crop and registration marks are drawn outside the bleed, never inside it", "[print][marks]") {
    Rendered r(printOptions(true));
    REQUIRE(r.ok);
    auto boxes = pageBoxes(r.pdf)[0];
    GrayPage page = renderGray(r.pdf, 1, 144);
    const double bleed = boxes.trim.left - boxes.bleed.left;
    const double near = bleed + render::kMarkGap, far = near + render::kMarkLength;
    // A horizontal mark on the extension of each horizontal trim line, at each corner.
    for (double y : {boxes.trim.bottom, boxes.trim.top}) {
        CHECK(page.darkest(boxes.trim.left - far + 1, y - 0.5, boxes.trim.left - near - 1, y + 0.5) < 160);
        CHECK(page.darkest(boxes.trim.right + near + 1, y - 0.5, boxes.trim.right + far - 1, y + 0.5) < 160);
    }
    // A registration target in the middle of the left side.
    const double midY = (boxes.trim.bottom + boxes.trim.top) / 2, targetX = boxes.trim.left - (near + far) / 2;
    CHECK(page.darkest(targetX - 1, midY - 1, targetX + 1, midY + 1) < 160);
    // Nothing is drawn between the trim and the end of the gap outside the bleed on this white page.
    CHECK(page.darkest(boxes.trim.left - near + 0.5, boxes.trim.bottom + 5, boxes.trim.left - 0.5, boxes.trim.top - 5) == 255);
    CHECK(page.darkest(boxes.trim.left + 5, boxes.trim.top + 0.5, boxes.trim.right - 5, boxes.trim.top + near - 0.5) == 255);

    // Without crop marks there is no slug and nothing outside the trim on a white page.
    Rendered plain(printOptions(false));
    REQUIRE(plain.ok);
    auto plainBoxes = pageBoxes(plain.pdf)[0];
    GrayPage plainPage = renderGray(plain.pdf, 1, 144);
    CHECK(plainPage.darkest(plainBoxes.media.left, plainBoxes.media.bottom, plainBoxes.trim.left - 0.5,
                            plainBoxes.media.top) == 255);
}

TEST_CASE("an edge-touching background and image run into the bleed - the slug stays white", "[print][bleed]") {
    Rendered r(printOptions(true));
    REQUIRE(r.ok);
    auto boxes = pageBoxes(r.pdf)[1];
    GrayPage cover = renderGray(r.pdf, 2, 144);
    const double midY = (boxes.trim.bottom + boxes.trim.top) / 3;  // below the photo, away from the targets
    // The blue background covers the bleed on all four sides ...
    CHECK(cover.at(boxes.bleed.left + 1, midY) < 150);
    CHECK(cover.at(boxes.bleed.right - 1, midY) < 150);
    CHECK(cover.at(boxes.trim.left + 40, boxes.bleed.bottom + 1) < 150);
    // ... and stops at the bleed box: just outside it the paper is white.
    CHECK(cover.at(boxes.bleed.left - 1.5, midY) == 255);
    CHECK(cover.at(boxes.trim.left + 40, boxes.bleed.bottom - 1.5) == 255);
    // The photo touches the top edge: its pixels (never pure blue-background dark, a light gradient
    // of gray levels) continue above the trim up to the bleed box.
    const double photoX = boxes.trim.left + 200;
    CHECK(cover.at(photoX, boxes.trim.top + kBleed / 2) != cover.at(boxes.trim.left + 40, boxes.trim.top + kBleed / 2));
    CHECK(cover.at(photoX, boxes.bleed.top + 1.5) == 255);
}

TEST_CASE("an image below 200 ppi at its printed size is warning R210 naming the image and the page",
          "[print][images]") {
    Rendered r(printOptions(true));  // 80 x 60 px placed 200 x 150 pt: 28.8 ppi
    REQUIRE(r.ok);
    REQUIRE(r.diagnostics.all().size() == 1);
    const Diagnostic& d = r.diagnostics.all()[0];
    CHECK(d.code == "R210");
    CHECK(d.severity == Severity::warning);
    CHECK(d.file == r.image);
    CHECK_THAT(d.message, Catch::Contains("image 'photo.png' on page 2 prints at 29 ppi"));
    CHECK_THAT(d.message, Catch::Contains("80 x 60 px printed 71 x 53 mm"));

    // 1000 x 750 px over 200 x 150 pt is 360 ppi: no warning; the screen edition never checks.
    Rendered sharp(printOptions(true), {1000, 750, 2, 8, false, false, 255});
    REQUIRE(sharp.ok);
    CHECK(sharp.diagnostics.all().empty());
    Rendered screen({});
    CHECK(screen.diagnostics.all().empty());
}

TEST_CASE("print images are opaque CMYK: alpha flattened onto white, no soft mask", "[print][images]") {
    Rendered r(printOptions(true), {80, 60, 6, 8, false, false, 128});  // RGBA, half transparent
    REQUIRE(r.ok);
    auto images = pdfImages(r.pdf);
    REQUIRE(images.size() == 1);
    CHECK(images[0] == std::vector<std::string>{"image", "80", "60", "cmyk", "image"});
    const std::string bytes = readFile(r.pdf);
    CHECK(bytes.find("/SMask") == std::string::npos);
    CHECK(bytes.find("/DeviceRGB") == std::string::npos);

    // An RGB JPEG is re-encoded as a CMYK JPEG.
    TempDir dir("print-jpeg");
    frame::Document document = printSample(dir.file("photo.jpg"));
    writeFile(dir.file("photo.jpg"), makeJpeg(JpegKind::baseline, 64, 48));
    Diagnostics diagnostics;
    REQUIRE(render::writePdf(document, dir.file("jpeg.pdf"), diagnostics, printOptions(false)));
    auto jpeg = pdfImages(dir.file("jpeg.pdf"));
    REQUIRE(jpeg.size() == 1);
    CHECK(jpeg[0] == std::vector<std::string>{"image", "64", "48", "cmyk", "jpeg"});
    CHECK(qpdfCheck(dir.file("jpeg.pdf")).exitCode == 0);
}

TEST_CASE("a photo converted to CMYK keeps its tones (not a negative, not darkened)", "[print][images]") {
    // One of the project's placeholder photos: a light sky over darker shapes.
    const std::string photo = std::string(BROCHURE_SOURCE_DIR) + "/data/images/support-toyama-booth.jpg";
    frame::Document document = documentWithLines({"Photo"});
    document.pages[0].items.push_back(placed(photo, 100, 100, 240, 180));
    TempDir dir("print-photo-tones");
    Diagnostics diagnostics;
    REQUIRE(render::writePdf(document, dir.file("screen.pdf"), diagnostics));
    REQUIRE(render::writePdf(document, dir.file("print.pdf"), diagnostics, printOptions(false)));
    GrayPage screen = renderGray(dir.file("screen.pdf"), 1, 72);
    GrayPage print = renderGray(dir.file("print.pdf"), 1, 72);
    const double offset = pageBoxes(dir.file("print.pdf"))[0].trim.left;
    // Mean gray of a grid of points inside the photo, and how far apart the two editions are.
    double screenSum = 0, printSum = 0, differenceSum = 0;
    int samples = 0;
    for (double x = 110; x < 330; x += 10)
        for (double y = 110; y < 270; y += 10) {
            const int a = screen.at(x, kA4Height - y), b = print.at(x + offset, kA4Height - y + offset);
            screenSum += a;
            printSum += b;
            differenceSum += std::abs(a - b);
            ++samples;
        }
    INFO("screen mean " << screenSum / samples << ", print mean " << printSum / samples);
    CHECK(std::abs(screenSum - printSum) / samples < 25);
    CHECK(differenceSum / samples < 30);
}

TEST_CASE("the print edition has a PDF/X output intent and no links or bookmarks", "[print][standards]") {
    Rendered r(printOptions(true));
    REQUIRE(r.ok);
    CHECK(qpdfCheck(r.pdf).exitCode == 0);
    ProcessResult info = runProcess({"pdfinfo", r.pdf});
    CHECK_THAT(info.out, Catch::Contains("PDF subtype:    PDF/X-1:2001"));
    CHECK_THAT(info.out, Catch::Contains("PDF version:     1.3"));
    std::string qdf = r.pdf + ".qdf";
    REQUIRE(runProcess({"qpdf", "--qdf", "--object-streams=disable", r.pdf, qdf}).exitCode == 0);
    const std::string text = readFile(qdf);
    CHECK_THAT(text, Catch::Contains("/OutputIntents"));
    CHECK_THAT(text, Catch::Contains("/S /GTS_PDFX"));
    CHECK_THAT(text, Catch::Contains("/OutputConditionIdentifier (CGATS TR 001)"));
    CHECK_THAT(text, Catch::Contains("/DestOutputProfile"));
    CHECK_THAT(text, Catch::Contains("/GTS_PDFXConformance (PDF/X-1a:2001)"));
    CHECK_THAT(text, Catch::Contains("/Trapped /False"));
    CHECK_THAT(text, Catch::Contains("/N 4"));
    CHECK(text.find("/Annots") == std::string::npos);
    CHECK(text.find("/Outlines") == std::string::npos);
    CHECK(text.find("/Lang") == std::string::npos);  // a PDF 1.4 key

    // Without a profile there is no output intent and no PDF/X claim.
    Rendered bare(printOptions(true, kBleed, false));
    REQUIRE(bare.ok);
    const std::string bareBytes = readFile(bare.pdf);
    CHECK(bareBytes.find("/OutputIntents") == std::string::npos);
    CHECK(bareBytes.find("GTS_PDFX") == std::string::npos);

    // The screen edition keeps its links and bookmarks.
    Rendered screen({});
    REQUIRE(screen.ok);
    const std::string screenBytes = readFile(screen.pdf);
    CHECK(screenBytes.find("/Annots") != std::string::npos);
    CHECK(screenBytes.find("/Outlines") != std::string::npos);
}

TEST_CASE("layout-given inks do not change the screen edition", "[print][colour]") {
    TempDir dir("print-screen-inks");
    frame::Document plain = printSample(dir.file("photo.png"));
    writeFile(dir.file("photo.png"), makePng({}));
    frame::Document withInks = plain;
    for (frame::Page& page : withInks.pages)
        for (frame::Item& item : page.items)
            if (auto* rect = std::get_if<frame::Rect>(&item)) rect->fill.cmyk = frame::Cmyk{1, 0, 0, 0};
    Diagnostics diagnostics;
    auto a = render::renderPdf(plain, diagnostics);
    auto b = render::renderPdf(withInks, diagnostics);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    // ... while the print edition prints them.
    auto print = render::renderPdf(withInks, diagnostics, printOptions(false));
    auto printPlain = render::renderPdf(plain, diagnostics, printOptions(false));
    REQUIRE(print);
    CHECK(*print != *printPlain);
}

TEST_CASE("an output profile must be a CMYK output ICC profile", "[print][standards]") {
    CHECK(render::cmykProfileProblem(readFile(kProfile)).empty());
    CHECK(render::cmykProfileProblem("not a profile") == "not an ICC profile");
    // Ghostscript's sRGB profile is a display (monitor) profile.
    CHECK(render::cmykProfileProblem(readFile("/usr/share/color/icc/ghostscript/srgb.icc")) ==
          "not an output (printer) profile");
}

TEST_CASE("print geometry: bleed extension only for fills touching the trim edge", "[print][bleed]") {
    frame::Rect inside = filledRect(50, 50, 100, 100, kDeepBlue);
    frame::Rect band = filledRect(0, 0, kA4Width, 200, kDeepBlue);
    frame::Rect outline = band;
    outline.strokeWidth = 1;
    auto moved = render::extendIntoBleed(inside, kA4Width, kA4Height, kBleed);
    CHECK(moved.x == 50);
    CHECK(moved.width == 100);
    auto bled = render::extendIntoBleed(band, kA4Width, kA4Height, kBleed);
    CHECK(bled.x == Approx(-kBleed));
    CHECK(bled.y == Approx(-kBleed));
    CHECK(bled.width == Approx(kA4Width + 2 * kBleed));
    CHECK(bled.height == Approx(200 + kBleed));  // the bottom edge is inside the page: unchanged
    CHECK(render::extendIntoBleed(outline, kA4Width, kA4Height, kBleed).x == 0);

    // An image touching the left edge covers the bleed without distortion.
    frame::ImagePlacement image = placed("photo.jpg", 0, 100, 200, 100);
    auto clip = render::extendImageIntoBleed(image, kA4Width, kA4Height, kBleed);
    REQUIRE(clip);
    CHECK(clip->x == Approx(-kBleed));
    CHECK(clip->width == Approx(200 + kBleed));
    CHECK(image.width / image.height == Approx(2.0));
    CHECK(image.x <= clip->x);
    CHECK(image.x + image.width >= clip->x + clip->width - 1e-9);
    CHECK(image.y <= clip->y);
    CHECK(image.y + image.height >= clip->y + clip->height - 1e-9);
}
