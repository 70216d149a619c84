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
    auto decoded = image::load(path, diagnostics_, forPrint_ ? image::Pixels::always : image::Pixels::whenNeeded);
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

    // PNG: never libharu's own PNG reader (it aborts on corrupt files and garbles 16-bit and
    // interlaced ones), nor its raw-image loader (it copies the samples byte by byte only for
    // us to replace them by their compressed form).
    const char* space = decoded->colorSpace == image::ColorSpace::gray   ? "DeviceGray"
                        : decoded->colorSpace == image::ColorSpace::cmyk ? "DeviceCMYK"
                                                                         : "DeviceRGB";
    HPDF_Image image = newImage(width, height, space, during);
    if (!decoded->pngStream.empty()) {
        // The file's own zlib stream, rows still carrying their PNG filter bytes.
        writeDeflatedStream(pdf_, image, decoded->pngStream, during);
        HPDF_Dict parameters = pdf_.need(HPDF_Dict_New(doc->mmgr), during);
        pdf_.check(HPDF_Dict_AddNumber(parameters, "Predictor", 15), during);
        pdf_.check(HPDF_Dict_AddNumber(parameters, "Colors", decoded->components()), during);
        pdf_.check(HPDF_Dict_AddNumber(parameters, "BitsPerComponent", 8), during);
        pdf_.check(HPDF_Dict_AddNumber(parameters, "Columns", static_cast<HPDF_INT32>(width)), during);
        pdf_.check(HPDF_Dict_Add(image, "DecodeParms", parameters), during);
    } else {
        writeFlateStream(pdf_, image, decoded->data, during, kImageFlateLevel);  // a copy: the loader keeps its own
    }
    if (!decoded->alpha.empty()) {
        HPDF_Image mask = newImage(width, height, "DeviceGray", during + " (alpha)");
        writeFlateStream(pdf_, mask, decoded->alpha, during + " (alpha)", kImageFlateLevel);
        pdf_.check(HPDF_Image_AddSMask(image, mask), during + " (alpha)");
    }
    return image;
}

// An image XObject with 8 bits per component and an empty stream, as HPDF_LoadRawImageFromMem
// makes it (same entries in the same order).
HPDF_Image PdfImages::newImage(HPDF_UINT width, HPDF_UINT height, const char* colorSpace, const std::string& during) {
    HPDF_Doc doc = pdf_.get();
    HPDF_Image image = pdf_.need(HPDF_DictStream_New(doc->mmgr, doc->xref), during);
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    pdf_.check(HPDF_Dict_AddName(image, "Type", "XObject"), during);
    pdf_.check(HPDF_Dict_AddName(image, "Subtype", "Image"), during);
    pdf_.check(HPDF_Dict_AddName(image, "ColorSpace", colorSpace), during);
    pdf_.check(HPDF_Dict_AddNumber(image, "Width", static_cast<HPDF_INT32>(width)), during);
    pdf_.check(HPDF_Dict_AddNumber(image, "Height", static_cast<HPDF_INT32>(height)), during);
    pdf_.check(HPDF_Dict_AddNumber(image, "BitsPerComponent", 8), during);
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
