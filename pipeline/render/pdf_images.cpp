#include "render/pdf_images.h"

#include "image/image.h"

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
    HPDF_ColorSpace space = decoded->colorSpace == image::ColorSpace::gray ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB;
    HPDF_Image image = pdf_.need(HPDF_LoadRawImageFromMem(doc, data, width, height, space, 8), during);
    if (!decoded->alpha.empty()) {
        const auto* alpha = reinterpret_cast<const HPDF_BYTE*>(decoded->alpha.data());
        HPDF_Image mask = pdf_.need(HPDF_LoadRawImageFromMem(doc, alpha, width, height, HPDF_CS_DEVICE_GRAY, 8),
                                    during + " (alpha)");
        pdf_.check(HPDF_Image_AddSMask(image, mask), during + " (alpha)");
    }
    return image;
}

}  // namespace brochure::render
