// PNG -> 8-bit gray/RGB samples + separate 8-bit alpha, with libpng. Every variant is normalised
// here (16-bit stripped, palette and low bit depths expanded, tRNS turned into alpha, Adam7
// de-interlaced) because libharu 2.3 mishandles several of them and aborts on corrupt input.
//
// libpng reports errors by longjmp. Only C frames (libpng's and our read callback, which owns
// no C++ objects) lie between setjmp and longjmp; every C++ object lives in PngReader, outside.

#include <png.h>

#include <csetjmp>
#include <cstdint>
#include <cstring>
#include <vector>

#include "image/decoders.h"

namespace brochure::image {
namespace {

struct PngReader {
    const std::string* bytes = nullptr;
    std::size_t offset = 0;
    char error[256] = {};
    bool tooLarge = false;   // set by the header check: R105 instead of R103
    png_structp png = nullptr;
    png_infop info = nullptr;
    std::vector<png_byte> samples;
    std::vector<png_bytep> rows;
    int width = 0, height = 0, channels = 0;
    bool streamUsable = false;  // see Decoded::pngStream
    bool keepSamples = true;    // false: validate row by row, keep no pixels (Pixels::whenNeeded)
    bool warned = false;

    ~PngReader() {
        if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    }
};

extern "C" void pngError(png_structp png, png_const_charp message) {
    auto* reader = static_cast<PngReader*>(png_get_error_ptr(png));
    std::snprintf(reader->error, sizeof reader->error, "%s", message);
    png_longjmp(png, 1);
}

// Warnings (an unknown sRGB profile, a bad ancillary chunk CRC, data after the end of the zlib
// stream) leave the decoded samples usable, but the file's own stream is then embedded only if
// libpng read it without complaint: a PDF reader must not meet what libpng tolerated.
extern "C" void pngWarning(png_structp png, png_const_charp) {
    static_cast<PngReader*>(png_get_error_ptr(png))->warned = true;
}

extern "C" void pngRead(png_structp png, png_bytep out, png_size_t length) {
    auto* reader = static_cast<PngReader*>(png_get_io_ptr(png));
    if (reader->bytes->size() - reader->offset < length) png_error(png, "file is truncated");
    std::memcpy(out, reader->bytes->data() + reader->offset, length);
    reader->offset += length;
}

// Returns false after a libpng error; reader.error says why.
bool readPng(PngReader& reader, const std::string& name, Diagnostics& diagnostics) {
    if (setjmp(png_jmpbuf(reader.png))) return false;
    png_set_read_fn(reader.png, &reader, pngRead);
    // Our own pixel limit (limits().maxImagePixels) decides, with a clearer message than libpng's 1M-pixel width cap.
    png_set_user_limits(reader.png, 0x7fffffff, 0x7fffffff);
    png_read_info(reader.png, reader.info);

    png_uint_32 width = png_get_image_width(reader.png, reader.info);
    png_uint_32 height = png_get_image_height(reader.png, reader.info);
    if (!checkDimensions(width, height, name, diagnostics)) {
        reader.tooLarge = true;
        return false;
    }
    int colorType = png_get_color_type(reader.png, reader.info);
    reader.streamUsable = (colorType == PNG_COLOR_TYPE_GRAY || colorType == PNG_COLOR_TYPE_RGB) &&
                          png_get_bit_depth(reader.png, reader.info) == 8 &&
                          png_get_interlace_type(reader.png, reader.info) == PNG_INTERLACE_NONE &&
                          !png_get_valid(reader.png, reader.info, PNG_INFO_tRNS);
    png_set_strip_16(reader.png);
    png_set_packing(reader.png);
    if (colorType == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(reader.png);
    if (colorType == PNG_COLOR_TYPE_GRAY) png_set_expand_gray_1_2_4_to_8(reader.png);
    if (png_get_valid(reader.png, reader.info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(reader.png);
    png_set_interlace_handling(reader.png);
    png_read_update_info(reader.png, reader.info);

    reader.width = static_cast<int>(width);
    reader.height = static_cast<int>(height);
    reader.channels = png_get_channels(reader.png, reader.info);
    std::size_t rowBytes = png_get_rowbytes(reader.png, reader.info);
    reader.keepSamples = reader.keepSamples || !reader.streamUsable;
    if (reader.keepSamples) {
        reader.samples.resize(rowBytes * height);
        reader.rows.resize(height);
        for (png_uint_32 y = 0; y < height; ++y) reader.rows[y] = reader.samples.data() + y * rowBytes;
        png_read_image(reader.png, reader.rows.data());
    } else {
        reader.samples.resize(rowBytes);  // not interlaced (streamUsable): one pass, one row at a time
        for (png_uint_32 y = 0; y < height; ++y) png_read_row(reader.png, reader.samples.data(), nullptr);
    }
    png_read_end(reader.png, nullptr);  // checks the chunks after the image data, up to IEND
    return true;
}

std::uint32_t bigEndian32(const std::string& bytes, std::size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}

// The data of every IDAT chunk, in order: one zlib stream. Called only after libpng has read
// the whole file, so the chunk structure and CRCs are known good; the bounds checks stay anyway.
std::string idatStream(const std::string& bytes) {
    std::string stream;
    for (std::size_t at = 8; at + 12 <= bytes.size();) {
        const std::size_t length = bigEndian32(bytes, at);
        if (length > bytes.size() - at - 12) break;
        if (bytes.compare(at + 4, 4, "IDAT") == 0) stream.append(bytes, at + 8, length);
        if (bytes.compare(at + 4, 4, "IEND") == 0) break;
        at += 12 + length;
    }
    return stream;
}

// Splits interleaved samples with an alpha channel into colour samples and an alpha mask; a mask
// that is fully opaque is dropped so the PDF carries no useless SMask.
void splitAlpha(const std::vector<png_byte>& samples, int colorChannels, Decoded& out) {
    std::size_t pixels = static_cast<std::size_t>(out.width) * out.height;
    out.data.resize(pixels * colorChannels);
    out.alpha.resize(pixels);
    bool opaque = true;
    const png_byte* in = samples.data();
    char* color = out.data.data();
    for (std::size_t i = 0; i < pixels; ++i) {
        for (int c = 0; c < colorChannels; ++c) *color++ = static_cast<char>(*in++);
        png_byte a = *in++;
        opaque = opaque && a == 255;
        out.alpha[i] = static_cast<char>(a);
    }
    if (opaque) out.alpha.clear();
}

}  // namespace

std::shared_ptr<const Decoded> decodePng(const std::string& bytes, const std::string& name,
                                         Diagnostics& diagnostics, Pixels pixels) {
    PngReader reader;
    reader.bytes = &bytes;
    reader.keepSamples = pixels == Pixels::always;
    reader.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reader, pngError, pngWarning);
    if (reader.png) reader.info = png_create_info_struct(reader.png);
    if (!reader.png || !reader.info) {
        diagnostics.error("R103", name, 0, 0, "cannot decode PNG image: out of memory");
        return nullptr;
    }
    if (!readPng(reader, name, diagnostics)) {
        if (!reader.tooLarge)
            diagnostics.error("R103", name, 0, 0,
                              std::string("corrupt or truncated PNG image: ") + reader.error,
                              "re-export the image from its source");
        return nullptr;
    }
    const bool useStream = reader.streamUsable && !reader.warned;
    if (!useStream && !reader.keepSamples) return decodePng(bytes, name, diagnostics, Pixels::always);
    auto out = std::make_shared<Decoded>();
    out->format = Format::png;
    out->width = reader.width;
    out->height = reader.height;
    bool hasAlpha = reader.channels == 2 || reader.channels == 4;
    int colorChannels = hasAlpha ? reader.channels - 1 : reader.channels;
    out->colorSpace = colorChannels == 1 ? ColorSpace::gray : ColorSpace::rgb;
    if (hasAlpha)
        splitAlpha(reader.samples, colorChannels, *out);
    else if (reader.keepSamples)
        out->data.assign(reader.samples.begin(), reader.samples.end());
    if (useStream) out->pngStream = idatStream(bytes);
    return out;
}

}  // namespace brochure::image
