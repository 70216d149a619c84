#include "image/cmyk.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <vector>

#include <jpeglib.h>

namespace brochure::image {
namespace {

// 8-bit RGB (or gray) samples, optionally with alpha composited over white, -> 8-bit CMYK.
std::string toCmykSamples(const Decoded& image) {
    const std::size_t pixels = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
    const int components = image.components();
    std::string out(pixels * 4, '\0');
    const auto* in = reinterpret_cast<const unsigned char*>(image.data.data());
    const auto* alpha = reinterpret_cast<const unsigned char*>(image.alpha.data());
    auto* cmyk = reinterpret_cast<unsigned char*>(out.data());
    for (std::size_t i = 0; i < pixels; ++i) {
        const unsigned char* p = in + i * components;
        unsigned rgb[3] = {p[0], components == 3 ? p[1] : p[0], components == 3 ? p[2] : p[0]};
        if (!image.alpha.empty()) {
            const unsigned a = alpha[i];  // paper is white: blend towards 255
            for (unsigned& v : rgb) v = (v * a + 255 * (255 - a) + 127) / 255;
        }
        rgbToCmykPixel(static_cast<unsigned char>(rgb[0]), static_cast<unsigned char>(rgb[1]),
                       static_cast<unsigned char>(rgb[2]), cmyk + i * 4);
    }
    return out;
}

// libjpeg reports errors by longjmp: every C++ object lives here, outside the jumped frames.
struct JpegCodec {
    jpeg_decompress_struct in{};
    jpeg_compress_struct out{};
    jpeg_error_mgr errors{};
    std::jmp_buf jump{};
    char error[JMSG_LENGTH_MAX] = {};
    bool inCreated = false, outCreated = false;
    std::vector<JSAMPLE> rgb, cmyk;
    unsigned char* buffer = nullptr;
    unsigned long size = 0;

    ~JpegCodec() {
        if (inCreated) jpeg_destroy_decompress(&in);
        if (outCreated) jpeg_destroy_compress(&out);
        std::free(buffer);
    }
};

extern "C" void cmykJpegErrorExit(j_common_ptr common) {
    auto* codec = static_cast<JpegCodec*>(common->client_data);
    common->err->format_message(common, codec->error);
    std::longjmp(codec->jump, 1);
}

// Decodes the (already validated) RGB JPEG and encodes its CMYK conversion row by row.
bool recodeAsCmyk(JpegCodec& codec, const std::string& bytes) {
    if (setjmp(codec.jump)) return false;
    jpeg_create_decompress(&codec.in);
    codec.inCreated = true;
    jpeg_create_compress(&codec.out);
    codec.outCreated = true;
    jpeg_mem_src(&codec.in, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&codec.in, TRUE);
    codec.in.out_color_space = JCS_RGB;
    jpeg_start_decompress(&codec.in);

    jpeg_mem_dest(&codec.out, &codec.buffer, &codec.size);
    codec.out.image_width = codec.in.output_width;
    codec.out.image_height = codec.in.output_height;
    codec.out.input_components = 4;
    codec.out.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&codec.out);
    jpeg_set_quality(&codec.out, 92, TRUE);
    codec.out.density_unit = codec.in.density_unit;  // keep the file's stated resolution
    codec.out.X_density = codec.in.X_density;
    codec.out.Y_density = codec.in.Y_density;
    jpeg_start_compress(&codec.out, TRUE);

    const std::size_t width = codec.in.output_width;
    codec.rgb.resize(width * 3);
    codec.cmyk.resize(width * 4);
    JSAMPROW inRow[1] = {codec.rgb.data()};
    JSAMPROW outRow[1] = {codec.cmyk.data()};
    while (codec.in.output_scanline < codec.in.output_height) {
        jpeg_read_scanlines(&codec.in, inRow, 1);
        for (std::size_t x = 0; x < width; ++x) {
            JSAMPLE* out = &codec.cmyk[x * 4];
            rgbToCmykPixel(codec.rgb[x * 3], codec.rgb[x * 3 + 1], codec.rgb[x * 3 + 2], out);
            // Adobe convention (what its APP14 marker announces): samples are 255 - ink.
            for (int c = 0; c < 4; ++c) out[c] = static_cast<JSAMPLE>(255 - out[c]);
        }
        jpeg_write_scanlines(&codec.out, outRow, 1);
    }
    jpeg_finish_decompress(&codec.in);
    jpeg_finish_compress(&codec.out);
    return true;
}

}  // namespace

Inks rgbToCmyk(double r, double g, double b) {
    r = std::clamp(r, 0.0, 1.0);
    g = std::clamp(g, 0.0, 1.0);
    b = std::clamp(b, 0.0, 1.0);
    const double k = 1.0 - std::max({r, g, b});
    if (k >= 1.0) return {0, 0, 0, 1};
    return {(1.0 - r - k) / (1.0 - k), (1.0 - g - k) / (1.0 - k), (1.0 - b - k) / (1.0 - k), k};
}

void rgbToCmykPixel(unsigned char r, unsigned char g, unsigned char b, unsigned char* cmyk) {
    const unsigned max = std::max({r, g, b});
    cmyk[3] = static_cast<unsigned char>(255 - max);
    if (max == 0) {
        cmyk[0] = cmyk[1] = cmyk[2] = 0;
        return;
    }
    // (1 - R - K) / (1 - K) = (M - r) / M in 8-bit levels, rounded.
    cmyk[0] = static_cast<unsigned char>(((max - r) * 255 + max / 2) / max);
    cmyk[1] = static_cast<unsigned char>(((max - g) * 255 + max / 2) / max);
    cmyk[2] = static_cast<unsigned char>(((max - b) * 255 + max / 2) / max);
}

std::shared_ptr<const Decoded> forPrint(const std::shared_ptr<const Decoded>& image, const std::string& name,
                                        Diagnostics& diagnostics) {
    if (!image || image->colorSpace == ColorSpace::cmyk) return image;
    if (image->colorSpace == ColorSpace::gray && image->alpha.empty()) return image;
    auto out = std::make_shared<Decoded>();
    out->width = image->width;
    out->height = image->height;
    out->colorSpace = ColorSpace::cmyk;
    if (image->format == Format::png) {
        out->format = Format::png;
        out->data = toCmykSamples(*image);
        return out;
    }
    JpegCodec codec;
    codec.in.err = codec.out.err = jpeg_std_error(&codec.errors);
    codec.errors.error_exit = cmykJpegErrorExit;
    codec.in.client_data = codec.out.client_data = &codec;
    if (!recodeAsCmyk(codec, image->data)) {
        diagnostics.error("R106", name, 0, 0, std::string("cannot convert the JPEG image to CMYK: ") + codec.error);
        return nullptr;
    }
    out->format = Format::jpeg;
    out->data.assign(reinterpret_cast<const char*>(codec.buffer), codec.size);
    out->invertedCmyk = true;
    return out;
}

}  // namespace brochure::image
