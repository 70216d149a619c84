#pragma once
// Writes test images in memory with libpng and libjpeg, so every variant the loader must handle
// is generated from a description instead of kept as an opaque binary file.

#include <string>

namespace brochure::testing {

struct PngSpec {
    int width = 4, height = 3;
    int colorType = 2;      // PNG_COLOR_TYPE_*: 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
    int bitDepth = 8;       // 1, 2, 4, 8, 16 (as the colour type allows)
    bool interlaced = false;
    bool transparency = false;  // a tRNS chunk (palette: entry 0 is fully transparent; gray/RGB: value 0)
    int alpha = 128;        // alpha of every pixel for types 4 and 6
};

// Pixel (x, y) has sample value v = (x * 40 + y * 20) % 256 in each colour channel at 8 bits,
// v * 257 at 16 bits, v % 2^bitDepth below 8 bits; alpha is `alpha` (8/16 bits). Palette images
// use index (x + y) % entries, entry i being gray level i * 40.
std::string makePng(const PngSpec& spec);

// cmyk carries libjpeg's Adobe marker (inverted CMYK, as Photoshop writes); plainCmyk has none.
enum class JpegKind { baseline, progressive, gray, cmyk, plainCmyk };
std::string makeJpeg(JpegKind kind, int width = 16, int height = 8);

}  // namespace brochure::testing
