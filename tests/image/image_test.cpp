// The image loader against every PNG and JPEG variant it must accept, and every kind of bad file
// it must refuse with its diagnostic (never a crash).

#include <catch2/catch.hpp>

#include <png.h>

#include <thread>

#include "core/diagnostic.h"
#include "image/image.h"
#include "image_fixtures.h"
#include "process.h"

using namespace brochure;
using brochure::testing::JpegKind;
using brochure::testing::makeJpeg;
using brochure::testing::makePng;
using brochure::testing::PngSpec;

namespace {

unsigned char sample(const image::Decoded& image, int x, int y, int channel) {
    return static_cast<unsigned char>(image.data[(static_cast<std::size_t>(y) * image.width + x) * image.components() + channel]);
}
unsigned char alphaAt(const image::Decoded& image, int x, int y) {
    return static_cast<unsigned char>(image.alpha[static_cast<std::size_t>(y) * image.width + x]);
}

std::shared_ptr<const image::Decoded> decodeOk(const std::string& bytes) {
    Diagnostics diagnostics;
    auto image = image::decode(bytes, "fixture.img", diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : formatDiagnostic(diagnostics.all()[0])));
    REQUIRE(image);
    CHECK(diagnostics.all().empty());
    return image;
}

// The one diagnostic a bad file must produce.
Diagnostic decodeFails(const std::string& bytes, const std::string& name = "photos/bad.img") {
    Diagnostics diagnostics;
    CHECK_FALSE(image::decode(bytes, name, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.severity == Severity::error);
    CHECK(d.file == name);
    return d;
}

std::uint32_t crc32(const std::string& bytes, std::size_t from, std::size_t length) {
    std::uint32_t crc = 0xffffffffu;
    for (std::size_t i = from; i < from + length; ++i) {
        crc ^= static_cast<unsigned char>(bytes[i]);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>(value >> (24 - 8 * i));
}

// A valid small PNG whose IHDR claims other dimensions (with a correct CRC, so only the size is wrong).
std::string pngDeclaring(std::uint32_t width, std::uint32_t height) {
    std::string png = makePng({});
    putBigEndian32(png, 16, width);
    putBigEndian32(png, 20, height);
    putBigEndian32(png, 29, crc32(png, 12, 17));
    return png;
}

}  // namespace

TEST_CASE("8-bit RGB PNG decodes to RGB samples without a mask", "[image][png]") {
    auto image = decodeOk(makePng({.width = 4, .height = 3, .colorType = PNG_COLOR_TYPE_RGB}));
    CHECK(image->format == image::Format::png);
    CHECK(image->width == 4);
    CHECK(image->height == 3);
    CHECK(image->colorSpace == image::ColorSpace::rgb);
    CHECK(image->data.size() == 4 * 3 * 3);
    CHECK(image->alpha.empty());
    CHECK(sample(*image, 1, 0, 0) == 40);
    CHECK(sample(*image, 2, 1, 2) == 100);
}

TEST_CASE("RGBA PNG splits alpha into a separate mask", "[image][png]") {
    auto image = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_RGB_ALPHA, .alpha = 77}));
    CHECK(image->colorSpace == image::ColorSpace::rgb);
    CHECK(image->data.size() == 4 * 3 * 3);
    REQUIRE(image->alpha.size() == 4 * 3);
    CHECK(alphaAt(*image, 3, 2) == 77);
    CHECK(sample(*image, 3, 2, 1) == 160);
}

TEST_CASE("fully opaque alpha is dropped instead of embedding a useless mask", "[image][png]") {
    auto image = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_RGB_ALPHA, .alpha = 255}));
    CHECK(image->alpha.empty());
}

TEST_CASE("gray and gray+alpha PNGs decode to one channel", "[image][png]") {
    auto gray = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_GRAY}));
    CHECK(gray->colorSpace == image::ColorSpace::gray);
    CHECK(gray->data.size() == 12);
    CHECK(sample(*gray, 1, 1, 0) == 60);

    auto grayAlpha = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_GRAY_ALPHA, .alpha = 10}));
    CHECK(grayAlpha->colorSpace == image::ColorSpace::gray);
    CHECK(grayAlpha->data.size() == 12);
    CHECK(alphaAt(*grayAlpha, 0, 0) == 10);
    CHECK(sample(*grayAlpha, 1, 1, 0) == 60);
}

TEST_CASE("palette PNGs expand to RGB, tRNS becomes an alpha mask", "[image][png]") {
    auto palette = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_PALETTE}));
    CHECK(palette->colorSpace == image::ColorSpace::rgb);
    CHECK(palette->alpha.empty());
    CHECK(sample(*palette, 2, 1, 0) == 3 * 40);  // index (2+1) % 7

    auto transparent = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_PALETTE, .transparency = true}));
    REQUIRE(transparent->alpha.size() == 12);
    CHECK(alphaAt(*transparent, 0, 0) == 0);    // index 0: transparent
    CHECK(alphaAt(*transparent, 1, 0) == 255);  // index 1: opaque
}

TEST_CASE("1, 2 and 4-bit PNGs expand to 8-bit samples", "[image][png]") {
    for (int depth : {1, 2, 4}) {
        INFO("gray, bit depth " << depth);
        auto gray = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_GRAY, .bitDepth = depth}));
        CHECK(gray->data.size() == 12);
        int maxValue = (1 << depth) - 1;
        int raw = 40 % (maxValue + 1);  // pixel (1, 0)
        CHECK(sample(*gray, 1, 0, 0) == raw * 255 / maxValue);

        INFO("palette, bit depth " << depth);
        auto palette = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_PALETTE, .bitDepth = depth}));
        int entries = std::min(1 << depth, 7);
        CHECK(sample(*palette, 1, 0, 0) == (1 % entries) * 40);
    }
}

TEST_CASE("16-bit PNGs are stripped to 8 bits with every pixel kept", "[image][png]") {
    auto rgb = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_RGB, .bitDepth = 16}));
    CHECK(rgb->data.size() == 4 * 3 * 3);
    CHECK(sample(*rgb, 3, 2, 0) == 160);
    auto rgba = decodeOk(makePng({.colorType = PNG_COLOR_TYPE_RGB_ALPHA, .bitDepth = 16, .alpha = 200}));
    CHECK(alphaAt(*rgba, 3, 2) == 200);
    CHECK(sample(*rgba, 3, 2, 2) == 160);
}

TEST_CASE("interlaced PNGs decode to the same pixels as non-interlaced ones", "[image][png]") {
    for (int colorType : {PNG_COLOR_TYPE_RGB, PNG_COLOR_TYPE_RGB_ALPHA}) {
        INFO("colour type " << colorType);
        PngSpec spec{.width = 13, .height = 9, .colorType = colorType, .alpha = 99};
        auto plain = decodeOk(makePng(spec));
        spec.interlaced = true;
        auto interlaced = decodeOk(makePng(spec));
        CHECK(interlaced->data == plain->data);
        CHECK(interlaced->alpha == plain->alpha);
    }
}

TEST_CASE("opaque 8-bit gray and RGB PNGs also keep their own compressed stream for the PDF", "[image][png]") {
    for (int colorType : {PNG_COLOR_TYPE_GRAY, PNG_COLOR_TYPE_RGB}) {
        std::string png = makePng({.width = 9, .height = 4, .colorType = colorType});
        auto image = decodeOk(png);
        REQUIRE_FALSE(image->pngStream.empty());
        // The IDAT data, found in the file as it is (one chunk at this size): a zlib stream,
        // whose first byte names the deflate method.
        CHECK((static_cast<unsigned char>(image->pngStream[0]) & 0x0f) == 8);
        CHECK(png.find(image->pngStream) != std::string::npos);
        CHECK(image->data.size() == 9u * 4 * image->components());  // the samples stay for the print edition
    }
    // Everything a PDF reader could not take as is goes through the decoded samples.
    for (PngSpec spec : {PngSpec{.colorType = PNG_COLOR_TYPE_RGB, .interlaced = true},
                         PngSpec{.colorType = PNG_COLOR_TYPE_RGB, .bitDepth = 16},
                         PngSpec{.colorType = PNG_COLOR_TYPE_GRAY, .bitDepth = 4},
                         PngSpec{.colorType = PNG_COLOR_TYPE_RGB, .transparency = true},
                         PngSpec{.colorType = PNG_COLOR_TYPE_PALETTE},
                         PngSpec{.colorType = PNG_COLOR_TYPE_RGB_ALPHA}})
        CHECK(decodeOk(makePng(spec))->pngStream.empty());
}

TEST_CASE("JPEGs are validated and kept as they are", "[image][jpeg]") {
    struct Case {
        JpegKind kind;
        image::ColorSpace space;
    };
    for (auto [kind, space] : {Case{JpegKind::baseline, image::ColorSpace::rgb},
                               Case{JpegKind::progressive, image::ColorSpace::rgb},
                               Case{JpegKind::gray, image::ColorSpace::gray},
                               Case{JpegKind::cmyk, image::ColorSpace::cmyk},
                               Case{JpegKind::plainCmyk, image::ColorSpace::cmyk}}) {
        std::string bytes = makeJpeg(kind, 24, 10);
        auto image = decodeOk(bytes);
        CHECK(image->format == image::Format::jpeg);
        CHECK(image->colorSpace == space);
        CHECK(image->width == 24);
        CHECK(image->height == 10);
        CHECK(image->data == bytes);
        CHECK(image->alpha.empty());
        CHECK(image->invertedCmyk == (kind == JpegKind::cmyk));
    }
}

TEST_CASE("a truncated PNG is an R103 error naming the file", "[image][errors]") {
    std::string png = makePng({.width = 64, .height = 64});
    Diagnostic d = decodeFails(png.substr(0, png.size() / 2), "photos/cut.png");
    CHECK(d.code == "R103");
    CHECK_THAT(d.message, Catch::Contains("corrupt or truncated PNG"));
    CHECK(formatDiagnostic(d).rfind("photos/cut.png: error[R103]", 0) == 0);
}

TEST_CASE("a PNG with a damaged image data checksum is an R103 error", "[image][errors]") {
    std::string png = makePng({.width = 32, .height = 32});
    std::size_t idat = png.find("IDAT");
    REQUIRE(idat != std::string::npos);
    png[idat + 10] = static_cast<char>(png[idat + 10] ^ 0x55);
    CHECK(decodeFails(png).code == "R103");
}

TEST_CASE("a truncated JPEG is an R104 error, not a silently gray image", "[image][errors]") {
    std::string jpeg = makeJpeg(JpegKind::baseline, 64, 64);
    Diagnostic d = decodeFails(jpeg.substr(0, jpeg.size() * 2 / 3), "photos/cut.jpg");
    CHECK(d.code == "R104");
    CHECK_THAT(d.message, Catch::Contains("corrupt or truncated JPEG"));
}

TEST_CASE("damaged scan data inside a JPEG is an R104 error", "[image][errors]") {
    // The validating decode runs at 1/8 scale: it must still read every entropy-coded block.
    for (JpegKind kind : {JpegKind::baseline, JpegKind::progressive}) {
        std::string jpeg = makeJpeg(kind, 256, 256);
        std::size_t scan = jpeg.rfind("\xff\xda");
        REQUIRE(scan != std::string::npos);
        std::string garbled = jpeg, marker = jpeg;
        std::size_t middle = (scan + jpeg.size()) / 2;
        for (std::size_t i = middle; i < middle + 64; ++i) garbled[i] = static_cast<char>(garbled[i] ^ 0x5a);
        marker.replace(middle, 4, "\xff\xd3\xff\xd3");  // a restart marker where none belongs
        CHECK(decodeFails(garbled).code == "R104");
        CHECK(decodeFails(marker).code == "R104");
    }
}

TEST_CASE("garbage and unsupported formats are R102 errors saying what the file is", "[image][errors]") {
    Diagnostic garbage = decodeFails("this is not an image at all");
    CHECK(garbage.code == "R102");
    CHECK_THAT(garbage.message, Catch::Contains("not a PNG or JPEG"));
    CHECK(garbage.hint == "use a PNG or JPEG file");
    CHECK_THAT(decodeFails("GIF89a\x01\x00").message, Catch::Contains("a GIF image"));
    CHECK_THAT(decodeFails("").message, Catch::Contains("an empty file"));
}

TEST_CASE("huge declared dimensions are refused from the header with R105", "[image][errors]") {
    Diagnostic png = decodeFails(pngDeclaring(100000, 100000));
    CHECK(png.code == "R105");
    CHECK(png.message == "image is too large: 100000x100000 pixels, the limit is 50 megapixels");

    std::string jpeg = makeJpeg(JpegKind::baseline);
    std::size_t sof = jpeg.find("\xff\xc0");
    REQUIRE(sof != std::string::npos);
    // 60000 x 60000 (libjpeg's own limit is 65500 per side).
    jpeg[sof + 5] = jpeg[sof + 7] = '\xea';
    jpeg[sof + 6] = jpeg[sof + 8] = '\x60';
    Diagnostic big = decodeFails(jpeg);
    CHECK(big.code == "R105");
    CHECK_THAT(big.message, Catch::Contains("60000x60000 pixels"));
}

TEST_CASE("probe reads files, reports a missing one, and caches per path", "[image][probe]") {
    testing::TempDir dir("image-probe");
    Diagnostics diagnostics;
    CHECK_FALSE(image::probe(dir.file("missing.png"), diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].code == "R101");
    CHECK(diagnostics.all()[0].file == dir.file("missing.png"));

    testing::writeFile(dir.file("photo.png"), makePng({.width = 7, .height = 5}));
    Diagnostics ok;
    auto info = image::probe(dir.file("photo.png"), ok);
    REQUIRE(info);
    CHECK(info->width == 7);
    CHECK(info->height == 5);
    // The same decoded object comes back: one decode per path.
    CHECK(image::load(dir.file("photo.png"), ok) == image::load(dir.file("photo.png"), ok));
    CHECK(ok.all().empty());

    // A bad file reports its diagnostic on every call, not only the first.
    testing::writeFile(dir.file("bad.png"), "\x89PNG\r\n\x1a\n garbage");
    Diagnostics twice;
    image::probe(dir.file("bad.png"), twice);
    image::probe(dir.file("bad.png"), twice);
    CHECK(twice.errorCount() == 2);
}

TEST_CASE("a PNG embedded with its own stream is cached without pixels, which print asks for", "[image][probe]") {
    testing::TempDir dir("image-pixels");
    testing::writeFile(dir.file("shot.png"), makePng({.width = 7, .height = 5, .colorType = PNG_COLOR_TYPE_RGB}));
    testing::writeFile(dir.file("logo.png"), makePng({.width = 7, .height = 5, .colorType = PNG_COLOR_TYPE_RGB_ALPHA}));
    Diagnostics diagnostics;
    auto screen = image::load(dir.file("shot.png"), diagnostics);
    REQUIRE(screen);
    CHECK_FALSE(screen->pngStream.empty());
    CHECK(screen->data.empty());  // validated row by row, no pixels held
    auto print = image::load(dir.file("shot.png"), diagnostics, image::Pixels::always);
    REQUIRE(print);
    CHECK(print->data.size() == 7u * 5 * 3);
    CHECK(sample(*print, 2, 1, 2) == 100);
    // An image that needs its samples anyway has them in both forms, from the cache.
    auto logo = image::load(dir.file("logo.png"), diagnostics);
    REQUIRE(logo);
    CHECK(logo->data.size() == 7u * 5 * 3);
    CHECK(image::load(dir.file("logo.png"), diagnostics, image::Pixels::always) == logo);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("concurrent probes of the same file all succeed", "[image][probe]") {
    testing::TempDir dir("image-threads");
    testing::writeFile(dir.file("shared.png"), makePng({.width = 300, .height = 200, .colorType = PNG_COLOR_TYPE_RGB_ALPHA}));
    image::clearCache();
    std::vector<int> widths(8, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            Diagnostics diagnostics;
            if (auto info = image::probe(dir.file("shared.png"), diagnostics)) widths[t] = info->width;
        });
    for (auto& thread : threads) thread.join();
    CHECK(widths == std::vector<int>(8, 300));
}
