#pragma once
// RGB -> CMYK for the print edition, one formula for vector colours and pixels (docs/print.md):
//
//   K = 1 - max(R, G, B);  C = (1 - R - K) / (1 - K);  M = (1 - G - K) / (1 - K);  Y = (1 - B - K) / (1 - K)
//   (C = M = Y = 0 when K = 1)
//
// Not colour-managed (no ICC transform): greys and black become K only (sharp text, no
// registration fringes) and no colour uses more than 200% total ink. Brand colours that must
// match a proof are given as CMYK in the layout instead.

#include <memory>
#include <string>

#include "core/diagnostic.h"
#include "image/image.h"

namespace brochure::image {

struct Inks {
    double c = 0, m = 0, y = 0, k = 0;  // 0..1
};

Inks rgbToCmyk(double r, double g, double b);

// The same formula on 8-bit samples, in integers (photos have millions of pixels): with
// M = max(r, g, b): K = 255 - M, C = 255 (M - r) / M, ... rounded to the nearest level.
void rgbToCmykPixel(unsigned char r, unsigned char g, unsigned char b, unsigned char* cmyk);

// The image as the print edition embeds it: opaque DeviceCMYK, transparency flattened onto white
// paper (PDF/X-1a forbids soft masks). RGB and gray+alpha PNGs become raw CMYK samples
// (Format::png); RGB JPEGs are decoded and re-encoded as CMYK JPEGs (quality 92, Adobe inverted
// samples). Gray without alpha and CMYK JPEGs are returned unchanged (gray prints on K).
// Reports R106 and returns nullptr when a JPEG cannot be re-encoded. A PNG must come with its
// samples (load() with Pixels::always).
std::shared_ptr<const Decoded> forPrint(const std::shared_ptr<const Decoded>& image, const std::string& name,
                                        Diagnostics& diagnostics);

}  // namespace brochure::image
