// The PDF as a file: valid for qpdf, deterministic, with metadata from the frame only, images
// embedded once, and written atomically (a failed render leaves nothing and replaces nothing).

#include <catch2/catch.hpp>

#include <png.h>

#include <filesystem>
#include <thread>

#include "core/diagnostic.h"
#include "image/image.h"
#include "image_fixtures.h"
#include "pdf_readers.h"
#include "render/pdf_painter.h"
#include "sample_documents.h"

using namespace brochure;
using namespace brochure::testing;

namespace {

// Text, fills, rules, images (PNG with alpha twice, JPEG), links, an outline and labels.
frame::Document everything(const TempDir& dir) {
    writeFile(dir.file("logo.png"), makePng({.width = 40, .height = 20, .colorType = PNG_COLOR_TYPE_RGB_ALPHA}));
    writeFile(dir.file("photo.jpg"), makeJpeg(JpegKind::baseline, 64, 48));
    frame::Document document = documentWithLines({"Our Activities 2025", "Hà Nội"});
    document.metadata = {"Our Activities 2025 – Hà Nội", "J.CLAIR Singapore", "Annual report", "CLAIR, ASEAN", "en",
                         1735689600};
    frame::Page& first = document.pages[0];
    first.label = "1";
    first.items.push_back(frame::Rect{72, 300, 200, 40, true, {0.9, 0.9, 1.0}, 0.5, {0, 0, 0.5}});
    first.items.push_back(frame::Rect{72, 360, 200, 40, false, {}, 1, {1, 0, 0}});
    first.items.push_back(frame::Line{72, 420, 500, 420, 0.25, {0.5, 0.5, 0.5}});
    first.items.push_back(frame::ImagePlacement{72, 450, 80, 40, dir.file("logo.png")});
    first.items.push_back(frame::ImagePlacement{200, 450, 128, 96, dir.file("photo.jpg")});
    first.items.push_back(frame::Link{72, 60, 100, 14, "https://www.jclair.org.sg/", ""});
    first.items.push_back(frame::Link{72, 74, 100, 14, "", "next"});
    frame::Page second;
    second.label = "2";
    second.items.push_back(frame::Destination{"next", 100});
    second.items.push_back(frame::ImagePlacement{72, 100, 80, 40, dir.file("logo.png")});
    frame::TextRun colored = textRun(72, 200, 0, "Second page", 14);
    colored.color = {0.2, 0.3, 0.4};
    second.items.push_back(colored);
    document.pages.push_back(second);
    document.outline = {{"Start", 1, 0, 0}, {"Next", 1, 1, 100}};
    return document;
}

std::optional<std::string> renderBytes(const frame::Document& document) {
    Diagnostics diagnostics;
    auto bytes = render::renderPdf(document, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : formatDiagnostic(diagnostics.all()[0])));
    CHECK(diagnostics.all().empty());
    return bytes;
}

std::vector<std::string> filesIn(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("a document with every kind of item passes qpdf --check", "[render][output]") {
    TempDir dir("render-everything");
    Diagnostics diagnostics;
    std::string pdf = dir.file("everything.pdf");
    REQUIRE(render::writePdf(everything(dir), pdf, diagnostics));
    CHECK(diagnostics.all().empty());
    ProcessResult check = qpdfCheck(pdf);
    CHECK(check.exitCode == 0);
    CHECK(check.err.empty());
    CHECK_THAT(check.out, Catch::Contains("No syntax or stream encoding errors"));
    std::string errors;
    CHECK(pdfText(pdf, errors) == "Our Activities 2025\nHà Nội\n\n\fSecond page");
}

TEST_CASE("the same document renders to the same bytes", "[render][output]") {
    TempDir dir("render-determinism");
    auto first = renderBytes(everything(dir));
    image::clearCache();
    auto second = renderBytes(everything(dir));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == *second);

    // writePdf writes exactly those bytes.
    Diagnostics diagnostics;
    REQUIRE(render::writePdf(everything(dir), dir.file("out.pdf"), diagnostics));
    CHECK(readFile(dir.file("out.pdf")) == *first);

    // The /ID is derived from the content: other content, other id.
    frame::Document changed = everything(dir);
    changed.metadata.title = "Other";
    auto third = renderBytes(changed);
    REQUIRE(third);
    auto idOf = [](const std::string& pdf) {
        auto at = pdf.find("/ID [");
        return at == std::string::npos ? std::string() : pdf.substr(at, 80);
    };
    CHECK_FALSE(idOf(*first).empty());
    CHECK(idOf(*first) != idOf(*third));
}

TEST_CASE("metadata comes from the frame, dates from Metadata::date only", "[render][output]") {
    TempDir dir("render-metadata");
    Diagnostics diagnostics;
    std::string pdf = dir.file("meta.pdf");
    REQUIRE(render::writePdf(everything(dir), pdf, diagnostics));
    ProcessResult info = runProcess({"pdfinfo", "-isodates", pdf});
    CHECK(info.err.empty());
    CHECK_THAT(info.out, Catch::Contains("Title:           Our Activities 2025 – Hà Nội"));
    CHECK_THAT(info.out, Catch::Contains("Author:          J.CLAIR Singapore"));
    CHECK_THAT(info.out, Catch::Contains("Subject:         Annual report"));
    CHECK_THAT(info.out, Catch::Contains("Keywords:        CLAIR, ASEAN"));
    CHECK_THAT(info.out, Catch::Contains("CreationDate:    2025-01-01T00:00:00Z"));
    CHECK_THAT(info.out, Catch::Contains("ModDate:         2025-01-01T00:00:00Z"));
    auto qpdf = qpdfJson(pdf, "qpdf");
    auto trailer = qpdf->getArray("qpdf")->getObject(1)->getObject("trailer")->getObject("value");
    auto root = objectValue(qpdf, trailer->getValue<std::string>("/Root")).extract<Poco::JSON::Object::Ptr>();
    CHECK(root->getValue<std::string>("/Lang") == "u:en");
}

TEST_CASE("an image placed twice is embedded once - PNG alpha becomes a compressed SMask", "[render][images]") {
    TempDir dir("render-images");
    Diagnostics diagnostics;
    std::string pdf = dir.file("images.pdf");
    REQUIRE(render::writePdf(everything(dir), pdf, diagnostics));
    auto images = pdfImages(pdf);
    // pdfimages lists placements: logo (+ its smask) on page 1, the photo, the logo again on page 2.
    REQUIRE(images.size() == 5);
    CHECK(images[0] == std::vector<std::string>{"image", "40", "20", "rgb", "image"});
    CHECK(images[1] == std::vector<std::string>{"smask", "40", "20", "gray", "image"});
    CHECK(images[2] == std::vector<std::string>{"image", "64", "48", "rgb", "jpeg"});
    auto qpdf = qpdfJson(pdf, "qpdf");
    CHECK(objectsWithSubtype(qpdf, "/Image").size() == 3);  // logo, its mask, photo
    for (const auto& image : objectsWithSubtype(qpdf, "/Image")) CHECK(image->has("/Filter"));
}

TEST_CASE("every PNG variant the loader accepts renders into a valid PDF", "[render][images]") {
    TempDir dir("render-png-variants");
    frame::Document document = documentWithLines({"images"});
    std::vector<PngSpec> specs = {
        {.colorType = PNG_COLOR_TYPE_GRAY, .bitDepth = 1},
        {.colorType = PNG_COLOR_TYPE_PALETTE, .bitDepth = 4, .transparency = true},
        {.colorType = PNG_COLOR_TYPE_GRAY_ALPHA, .bitDepth = 16},
        {.width = 33, .height = 17, .colorType = PNG_COLOR_TYPE_RGB_ALPHA, .interlaced = true},
    };
    for (std::size_t i = 0; i < specs.size(); ++i) {
        std::string path = dir.file("variant" + std::to_string(i) + ".png");
        writeFile(path, makePng(specs[i]));
        document.pages[0].items.push_back(frame::ImagePlacement{72.0 + 60 * i, 300, 50, 30, path});
    }
    writeFile(dir.file("gray.jpg"), makeJpeg(JpegKind::gray));
    writeFile(dir.file("cmyk.jpg"), makeJpeg(JpegKind::cmyk));
    writeFile(dir.file("progressive.jpg"), makeJpeg(JpegKind::progressive));
    for (const char* name : {"gray.jpg", "cmyk.jpg", "progressive.jpg"})
        document.pages[0].items.push_back(frame::ImagePlacement{72, 400, 50, 30, dir.file(name)});
    Diagnostics diagnostics;
    std::string pdf = dir.file("variants.pdf");
    REQUIRE(render::writePdf(document, pdf, diagnostics));
    CHECK(qpdfCheck(pdf).exitCode == 0);
    auto images = pdfImages(pdf);
    REQUIRE(images.size() == 10);  // 7 images + 3 masks
    CHECK(images[6] == std::vector<std::string>{"smask", "33", "17", "gray", "image"});
    CHECK(images[8][3] == "cmyk");
    ProcessResult raster = runProcess({"pdftoppm", "-r", "20", "-png", pdf, dir.file("page")});
    CHECK(raster.exitCode == 0);
    CHECK(raster.err.empty());
}

TEST_CASE("an opaque PNG embedded with its own compressed stream shows the same pixels", "[render][images]") {
    TempDir dir("render-png-stream");
    frame::Document document = documentWithLines({"screenshots"});
    // Sizes whose rows libpng filters differently (sub, up, average, Paeth), in gray and RGB.
    std::vector<PngSpec> specs = {{.width = 97, .height = 61, .colorType = PNG_COLOR_TYPE_RGB},
                                  {.width = 50, .height = 33, .colorType = PNG_COLOR_TYPE_GRAY}};
    for (std::size_t i = 0; i < specs.size(); ++i) {
        std::string path = dir.file("shot" + std::to_string(i) + ".png");
        writeFile(path, makePng(specs[i]));
        document.pages[0].items.push_back(frame::ImagePlacement{72.0 + 150 * i, 300, 120, 80, path});
    }
    Diagnostics diagnostics;
    std::string pdf = dir.file("shots.pdf");
    REQUIRE(render::writePdf(document, pdf, diagnostics));
    CHECK(qpdfCheck(pdf).exitCode == 0);
    // poppler undoes the PNG predictors; its extracted images must equal the originals' pixels.
    ProcessResult extracted = runProcess({"pdfimages", "-png", pdf, dir.file("extracted")});
    REQUIRE(extracted.exitCode == 0);
    CHECK(extracted.err.empty());
    for (std::size_t i = 0; i < specs.size(); ++i) {
        Diagnostics ignored;
        auto original = image::decode(makePng(specs[i]), "original", ignored);
        auto shown = image::decode(readFile(dir.file("extracted-00" + std::to_string(i) + ".png")), "shown", ignored);
        REQUIRE(original);
        REQUIRE(shown);
        CHECK_FALSE(original->pngStream.empty());
        CHECK(shown->width == original->width);
        CHECK(shown->colorSpace == original->colorSpace);
        CHECK(shown->data == original->data);
    }
}

TEST_CASE("a bad image fails the render with its diagnostic and leaves no file", "[render][output]") {
    TempDir dir("render-bad-image");
    frame::Document document = everything(dir);
    std::string png = makePng({.width = 64, .height = 64});
    writeFile(dir.file("cut.png"), png.substr(0, png.size() / 2));
    document.pages[1].items.push_back(frame::ImagePlacement{72, 300, 50, 50, dir.file("cut.png")});
    std::string path = dir.file("out.pdf");

    Diagnostics diagnostics;
    CHECK_FALSE(render::writePdf(document, path, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].code == "R103");
    CHECK(diagnostics.all()[0].file == dir.file("cut.png"));
    CHECK_FALSE(std::filesystem::exists(path));

    // An existing good file stays as it was, and no temporary file is left beside it.
    writeFile(path, "the previous good PDF");
    Diagnostics again;
    CHECK_FALSE(render::writePdf(document, path, again));
    CHECK(readFile(path) == "the previous good PDF");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"cut.png", "logo.png", "out.pdf", "photo.jpg"});
}

TEST_CASE("missing output folders are made - an output path that cannot be a folder is an R207 error",
          "[render][output]") {
    TempDir dir("render-no-folder");
    Diagnostics diagnostics;
    CHECK(render::writePdf(documentWithLines({"x"}), dir.file("handouts/out.pdf"), diagnostics));
    CHECK(std::filesystem::exists(dir.file("handouts/out.pdf")));

    writeFile(dir.file("plain-file"), "not a folder");
    std::string path = dir.file("plain-file/out.pdf");
    CHECK_FALSE(render::writePdf(documentWithLines({"x"}), path, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].code == "R207");
    CHECK(diagnostics.all()[0].file == path);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("Not a directory"));
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"handouts", "plain-file"});
}

TEST_CASE("a document without pages or with an impossible page size is an R206 error", "[render][output]") {
    Diagnostics diagnostics;
    CHECK_FALSE(render::renderPdf(frame::Document{}, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].message == "the document has no pages");

    frame::Document document = documentWithLines({"x"});
    document.pages[0].width = 0;
    Diagnostics size;
    CHECK_FALSE(render::renderPdf(document, size));
    REQUIRE(size.errorCount() == 1);
    CHECK(size.all()[0].code == "R206");
    CHECK_THAT(size.all()[0].message, Catch::StartsWith("page 1 has an invalid size"));
}

TEST_CASE("CMYK JPEGs are inverted only when they carry the Adobe marker", "[render][images]") {
    TempDir dir("render-cmyk");
    writeFile(dir.file("adobe.jpg"), makeJpeg(JpegKind::cmyk, 8, 8));
    writeFile(dir.file("plain.jpg"), makeJpeg(JpegKind::plainCmyk, 9, 9));
    frame::Document document = documentWithLines({"cmyk"});
    document.pages[0].items.push_back(frame::ImagePlacement{72, 300, 50, 50, dir.file("adobe.jpg")});
    document.pages[0].items.push_back(frame::ImagePlacement{172, 300, 50, 50, dir.file("plain.jpg")});
    Diagnostics diagnostics;
    std::string pdf = dir.file("cmyk.pdf");
    REQUIRE(render::writePdf(document, pdf, diagnostics));
    auto images = objectsWithSubtype(qpdfJson(pdf, "qpdf"), "/Image");
    REQUIRE(images.size() == 2);
    for (const auto& image : images) {
        bool adobe = image->getValue<int>("/Width") == 8;
        INFO((adobe ? "adobe" : "plain"));
        CHECK(image->has("/Decode") == adobe);
    }
}

TEST_CASE("documents rendered in parallel threads equal their serial renders", "[render][output]") {
    // The app renders the brochure and the country handouts concurrently.
    TempDir dir("render-threads");
    std::vector<frame::Document> documents;
    for (int i = 0; i < 4; ++i) {
        frame::Document document = everything(dir);
        document.metadata.title = "Handout " + std::to_string(i);
        if (i % 2) document = documentWithLines({"日本語 " + std::to_string(i)}, ipaexGothic());
        documents.push_back(document);
    }
    std::vector<std::string> serial;
    for (const auto& document : documents) serial.push_back(renderBytes(document).value_or(""));
    std::vector<std::string> parallel(documents.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < documents.size(); ++i)
        threads.emplace_back([&, i] {
            Diagnostics diagnostics;
            parallel[i] = render::renderPdf(documents[i], diagnostics).value_or("");
        });
    for (auto& thread : threads) thread.join();
    for (std::size_t i = 0; i < documents.size(); ++i) {
        CHECK_FALSE(serial[i].empty());
        CHECK(parallel[i] == serial[i]);
    }
}

TEST_CASE("without a date the PDF carries no dates at all", "[render][output]") {
    TempDir dir("render-no-date");
    frame::Document document = documentWithLines({"x"});
    document.metadata.date = 0;
    Diagnostics diagnostics;
    std::string pdf = dir.file("undated.pdf");
    REQUIRE(render::writePdf(document, pdf, diagnostics));
    ProcessResult info = runProcess({"pdfinfo", pdf});
    CHECK(info.out.find("CreationDate") == std::string::npos);
    CHECK(info.out.find("ModDate") == std::string::npos);
}
