// Fuzz targets for the image decoders: each decoder is called directly, so a mutated signature
// still reaches libpng/libjpeg's own checks.

#include "targets.h"

#include "image/decoders.h"

namespace brochure::fuzz {

namespace {

std::string checkDecoded(const std::shared_ptr<const image::Decoded>& image, const Diagnostics& diagnostics) {
    if (!image) {
        if (diagnostics.errorCount() != 1) return "a refused image must give exactly one error";
        return {};
    }
    if (diagnostics.hasErrors()) return "image decoded despite an error";
    if (image->width <= 0 || image->height <= 0) return "decoded image without pixels";
    auto pixels = static_cast<std::size_t>(image->width) * static_cast<std::size_t>(image->height);
    if (image->format == image::Format::png) {
        if (image->data.size() != pixels * static_cast<std::size_t>(image->components()))
            return "PNG samples do not match width x height x components";
        if (!image->alpha.empty() && image->alpha.size() != pixels) return "PNG alpha mask of the wrong size";
    }
    return {};
}

}  // namespace

// Both decodes a build makes: with the samples (print edition, tests) and as the screen edition
// loads it (row by row, no samples kept when the PNG's own stream can be embedded). They must
// agree on whether the file is good and on what a PDF gets from it.
std::string pngLoader(std::string_view input) {
    const std::string bytes(input);
    Diagnostics diagnostics, screenDiagnostics;
    auto image = image::decodePng(bytes, "fuzz.png", diagnostics);
    if (std::string problem = checkDecoded(image, diagnostics); !problem.empty()) return problem;
    auto screen = image::decodePng(bytes, "fuzz.png", screenDiagnostics, image::Pixels::whenNeeded);
    if (!image != !screen || diagnostics.errorCount() != screenDiagnostics.errorCount())
        return "the screen decode and the full decode disagree on whether the PNG is good";
    if (!image) return {};
    if (screen->pngStream != image->pngStream || screen->width != image->width || screen->height != image->height)
        return "the screen decode and the full decode disagree on the PNG's stream or size";
    if (screen->pngStream.empty() && (screen->data != image->data || screen->alpha != image->alpha))
        return "a PNG without its own stream lost its samples in the screen decode";
    if (!image->pngStream.empty() && image->alpha.size() != 0) return "a PNG with transparency kept its own stream";
    return {};
}

std::string jpegLoader(std::string_view input) {
    Diagnostics diagnostics;
    auto image = image::decodeJpeg(std::string(input), "fuzz.jpg", diagnostics);
    return checkDecoded(image, diagnostics);
}

}  // namespace brochure::fuzz
