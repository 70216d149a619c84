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

std::string pngLoader(std::string_view input) {
    Diagnostics diagnostics;
    auto image = image::decodePng(std::string(input), "fuzz.png", diagnostics);
    return checkDecoded(image, diagnostics);
}

std::string jpegLoader(std::string_view input) {
    Diagnostics diagnostics;
    auto image = image::decodeJpeg(std::string(input), "fuzz.jpg", diagnostics);
    return checkDecoded(image, diagnostics);
}

}  // namespace brochure::fuzz
