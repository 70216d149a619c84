#pragma once
// The image loader: every PNG and JPEG the brochure places goes through here before anything
// else sees it. libharu 2.3 aborts the process on a corrupt PNG, garbles 16-bit and interlaced
// PNGs and passes truncated JPEGs through silently, so we decode and validate first:
//   - PNG is fully decoded with libpng into 8-bit samples (gray or RGB) plus a separate 8-bit
//     alpha mask. The painter embeds those samples, or, when a PDF reader can take the file's own
//     compressed image data unchanged (see Decoded::pngStream), that data after the full decode
//     has checked it; never libharu's PNG reader.
//   - JPEG is fully decoded with libjpeg (a warning such as "premature end of data" is an
//     error) and then embedded as is (DCT passthrough).
// Results are cached per path (thread-safe), so the typesetter's probe() and the painter's
// load() decode each file once per process.
//
// Diagnostic codes (file = the image path, line/column 0):
//   R101 cannot read the file (missing, unreadable)
//   R102 not a PNG or JPEG (unsupported format, garbage)
//   R103 corrupt or truncated PNG
//   R104 corrupt or truncated JPEG
//   R105 declared dimensions too large (more than limits().maxImagePixels) or zero
//   R106 an image cannot be converted to CMYK for the print edition (image/cmyk.h)

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/limits.h"

namespace brochure::image {

// Larger images are refused from their header, before any pixel memory is allocated. The
// default of limits().maxImagePixels (core/limits.h; limits.image-pixels in brochure.properties).
inline constexpr std::int64_t kMaxPixels = Limits{}.maxImagePixels;

struct Info {
    int width = 0, height = 0;  // in pixels
};

enum class Format { png, jpeg };
enum class ColorSpace { gray, rgb, cmyk };

// The form the PDF painter embeds.
struct Decoded {
    Format format = Format::png;
    int width = 0, height = 0;
    ColorSpace colorSpace = ColorSpace::rgb;
    // PNG: width*height*components 8-bit samples, row by row (components: gray 1, rgb 3); empty
    // when the image came from load() with a pngStream (see Pixels).
    // JPEG: the file's bytes, unchanged (validated by a full decode).
    std::string data;
    // PNG with an alpha channel or tRNS transparency: width*height 8-bit alpha values;
    // empty when the image is opaque. Always empty for JPEG.
    std::string alpha;
    // Adobe-style CMYK JPEGs store inverted samples; the painter must write /Decode [1 0 ...].
    bool invertedCmyk = false;
    // PNG: the file's own zlib stream (its IDAT chunks, rows with PNG filters) when a PDF can
    // carry it as is, with /DecodeParms << /Predictor 15 >>: 8-bit gray or RGB, not interlaced,
    // opaque. Embedding it saves compressing the samples again (a 840x560 screenshot: 5 ms at
    // level 6, the largest cost of the brochure's images). Empty otherwise.
    std::string pngStream;

    int components() const { return colorSpace == ColorSpace::gray ? 1 : colorSpace == ColorSpace::rgb ? 3 : 4; }
    Info info() const { return {width, height}; }
};

// Whether a PNG that has a pngStream keeps its decoded samples too. Only the print edition
// needs them (it converts them to CMYK); for the screen the decode is a validation, done row by
// row without holding the pixels (a 840x560 RGB screenshot: 1.4 MB of page faults and copies).
enum class Pixels { always, whenNeeded };

// Fully decodes and validates the file at `path` (cached), returning its size in pixels; on any
// problem reports one R1xx diagnostic naming the file and returns nothing.
std::optional<Info> probe(const std::string& path, Diagnostics& diagnostics);

// The decoded image for the painter (cached, shared, immutable); nullptr after reporting an R1xx
// diagnostic. Repeated calls for a bad file report the same diagnostic again. With
// Pixels::always a PNG that was cached without its samples is decoded again (not cached).
std::shared_ptr<const Decoded> load(const std::string& path, Diagnostics& diagnostics,
                                    Pixels pixels = Pixels::whenNeeded);

// Uncached decode of bytes already in memory; `name` is used in diagnostics. For tests/fuzzers.
std::shared_ptr<const Decoded> decode(const std::string& bytes, const std::string& name,
                                      Diagnostics& diagnostics, Pixels pixels = Pixels::always);

// Forgets every cached result (tests that rewrite a file under the same path).
void clearCache();

}  // namespace brochure::image
