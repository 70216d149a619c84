#include "image_fixtures.h"

#include <array>
#include <png.h>
#include <jpeglib.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace brochure::testing {
namespace {

extern "C" void appendToString(png_structp png, png_bytep data, png_size_t length) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}
extern "C" void noFlush(png_structp) {}

int channelsOf(int colorType) {
    switch (colorType) {
    case PNG_COLOR_TYPE_GRAY: return 1;
    case PNG_COLOR_TYPE_GRAY_ALPHA: return 2;
    case PNG_COLOR_TYPE_RGB: return 3;
    case PNG_COLOR_TYPE_RGB_ALPHA: return 4;
    default: return 1;  // palette index
    }
}

}  // namespace

std::string makePng(const PngSpec& spec) {
    std::string out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("libpng could not write the fixture");
    }
    png_set_write_fn(png, &out, appendToString, noFlush);
    png_set_IHDR(png, info, spec.width, spec.height, spec.bitDepth, spec.colorType,
                 spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    const int entries = spec.colorType == PNG_COLOR_TYPE_PALETTE ? std::min(1 << spec.bitDepth, 7) : 0;
    if (entries) {
        // A fixed array, not a vector of `entries`: GCC 12 at -O3 cannot see that entries > 0 here
        // and reports a false -Wstringop-overflow on the vector's zero-size branch.
        std::array<png_color, 7> palette{};
        for (int i = 0; i < entries; ++i)
            palette[i] = {static_cast<png_byte>(i * 40), static_cast<png_byte>(i * 40), static_cast<png_byte>(i * 40)};
        png_set_PLTE(png, info, palette.data(), entries);
    }
    if (spec.transparency) {
        png_byte paletteAlpha[1] = {0};
        png_color_16 value{};
        png_set_tRNS(png, info, paletteAlpha, entries ? 1 : 0, entries ? nullptr : &value);
    }
    png_write_info(png, info);

    const int channels = channelsOf(spec.colorType);
    const int maxValue = spec.bitDepth == 16 ? 65535 : (1 << spec.bitDepth) - 1;
    const bool hasAlpha = spec.colorType == PNG_COLOR_TYPE_GRAY_ALPHA || spec.colorType == PNG_COLOR_TYPE_RGB_ALPHA;
    // Build unpacked samples per row, then pack them to the bit depth.
    std::vector<std::vector<png_byte>> rows(spec.height);
    for (int y = 0; y < spec.height; ++y) {
        std::vector<int> samples;
        for (int x = 0; x < spec.width; ++x) {
            for (int c = 0; c < channels; ++c) {
                bool alphaChannel = hasAlpha && c == channels - 1;
                int value = entries        ? (x + y) % entries
                            : alphaChannel ? spec.alpha
                                           : (x * 40 + y * 20) % 256;
                // Low bit depths keep the low bits; 16-bit repeats the byte so stripping to 8
                // bits gives the same value back.
                if (!entries && spec.bitDepth < 8) value = alphaChannel ? maxValue : value % (maxValue + 1);
                if (spec.bitDepth == 16) value *= 257;
                samples.push_back(value);
            }
        }
        auto& row = rows[y];
        if (spec.bitDepth == 16) {
            for (int s : samples) {
                row.push_back(static_cast<png_byte>(s >> 8));
                row.push_back(static_cast<png_byte>(s & 0xff));
            }
        } else if (spec.bitDepth == 8) {
            for (int s : samples) row.push_back(static_cast<png_byte>(s));
        } else {
            row.assign((samples.size() * spec.bitDepth + 7) / 8, 0);
            for (std::size_t i = 0; i < samples.size(); ++i) {
                std::size_t bit = i * spec.bitDepth;
                row[bit / 8] |= static_cast<png_byte>(samples[i] << (8 - spec.bitDepth - bit % 8));
            }
        }
    }
    std::vector<png_bytep> pointers;
    for (auto& row : rows) pointers.push_back(row.data());
    png_write_image(png, pointers.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

std::string makeJpeg(JpegKind kind, int width, int height) {
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = width;
    info.image_height = height;
    switch (kind) {
    case JpegKind::gray: info.input_components = 1; info.in_color_space = JCS_GRAYSCALE; break;
    case JpegKind::cmyk:
    case JpegKind::plainCmyk: info.input_components = 4; info.in_color_space = JCS_CMYK; break;
    default: info.input_components = 3; info.in_color_space = JCS_RGB; break;
    }
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 90, TRUE);
    if (kind == JpegKind::progressive) jpeg_simple_progression(&info);
    if (kind == JpegKind::plainCmyk) info.write_Adobe_marker = FALSE;
    jpeg_start_compress(&info, TRUE);
    std::vector<JSAMPLE> row(static_cast<std::size_t>(width) * info.input_components);
    while (info.next_scanline < info.image_height) {
        for (std::size_t i = 0; i < row.size(); ++i) row[i] = static_cast<JSAMPLE>((i * 13 + info.next_scanline * 7) % 256);
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    std::string out(reinterpret_cast<const char*>(buffer), size);
    std::free(buffer);
    return out;
}

}  // namespace brochure::testing
