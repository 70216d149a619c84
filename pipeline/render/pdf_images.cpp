#include "render/pdf_images.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "image/cmyk.h"
#include "image/image.h"
#include "render/flate_stream.h"

namespace brochure::render {

HPDF_Image PdfImages::get(const std::string& path) {
    auto found = images_.find(path);
    if (found != images_.end()) return found->second;
    HPDF_Image image = embed(path);
    images_.emplace(path, image);
    return image;
}

HPDF_Image PdfImages::embed(const std::string& path) {
    auto decoded = image::load(path, diagnostics_);
    if (decoded && forPrint_) decoded = image::forPrint(decoded, path, diagnostics_);
    if (!decoded) return nullptr;
    const std::string during = "embedding image " + path;
    HPDF_Doc doc = pdf_.get();
    const auto width = static_cast<HPDF_UINT>(decoded->width);
    const auto height = static_cast<HPDF_UINT>(decoded->height);
    const auto* data = reinterpret_cast<const HPDF_BYTE*>(decoded->data.data());

    if (decoded->format == image::Format::jpeg) {
        HPDF_Image image =
            pdf_.need(HPDF_LoadJpegImageFromMem(doc, data, static_cast<HPDF_UINT>(decoded->data.size())), during);
        // libharu marks every CMYK JPEG inverted (/Decode [1 0 1 0 1 0 1 0]), which is right only
        // for Adobe-style files; others would print as a negative.
        if (decoded->colorSpace == image::ColorSpace::cmyk && !decoded->invertedCmyk &&
            HPDF_Dict_GetItem(image, "Decode", HPDF_OCLASS_ARRAY))
            pdf_.check(HPDF_Dict_RemoveElement(image, "Decode"), during);
        return image;
    }

    // PNG: libharu gets decoded 8-bit samples, never PNG bytes (its own PNG reader aborts on
    // corrupt files and garbles 16-bit and interlaced ones).
    HPDF_ColorSpace space = decoded->colorSpace == image::ColorSpace::gray   ? HPDF_CS_DEVICE_GRAY
                            : decoded->colorSpace == image::ColorSpace::cmyk ? HPDF_CS_DEVICE_CMYK
                                                                             : HPDF_CS_DEVICE_RGB;
    // The samples are compressed here (render/flate_stream.h), the alpha mask too (libharu
    // would leave it uncompressed).
    HPDF_Image image = pdf_.need(HPDF_LoadRawImageFromMem(doc, data, width, height, space, 8), during);
    writeFlateStream(pdf_, image, decoded->data, during, kImageFlateLevel);
    if (!decoded->alpha.empty()) {
        const auto* alpha = reinterpret_cast<const HPDF_BYTE*>(decoded->alpha.data());
        HPDF_Image mask = pdf_.need(HPDF_LoadRawImageFromMem(doc, alpha, width, height, HPDF_CS_DEVICE_GRAY, 8),
                                    during + " (alpha)");
        writeFlateStream(pdf_, mask, decoded->alpha, during + " (alpha)", kImageFlateLevel);
        pdf_.check(HPDF_Image_AddSMask(image, mask), during + " (alpha)");
    }
    return image;
}

void PdfImages::checkResolution(const std::string& path, HPDF_Image image, std::size_t pageIndex, double width,
                                double height, double minimumPpi) {
    if (width <= 0 || height <= 0 || !resolutionChecked_.emplace(path, pageIndex).second) return;
    const double pixelsWide = HPDF_Image_GetWidth(image), pixelsHigh = HPDF_Image_GetHeight(image);
    // Pixels per inch along the poorer direction (a stretched image is as sharp as its worst axis).
    const double ppi = std::min(pixelsWide / (width / 72.0), pixelsHigh / (height / 72.0));
    if (ppi >= minimumPpi) return;
    char detail[160];
    std::snprintf(detail, sizeof detail, "%.0f x %.0f px printed %.0f x %.0f mm", pixelsWide, pixelsHigh,
                  width / 72.0 * 25.4, height / 72.0 * 25.4);
    diagnostics_.warning("R210", path, 0, 0,
                         "image '" + std::filesystem::path(path).filename().string() + "' on page " +
                             std::to_string(pageIndex + 1) + " prints at " + std::to_string(std::lround(ppi)) +
                             " ppi (" + detail + "); print needs at least " + std::to_string(std::lround(minimumPpi)) +
                             " ppi",
                         "use a larger original, or place the image smaller");
}

}  // namespace brochure::render
