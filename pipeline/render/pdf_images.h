#pragma once
// Internal to the render stage: embeds images decoded and validated by the image loader, each
// file once however often it is placed.

#include <set>
#include <string>
#include <utility>
#include <unordered_map>

#include "core/diagnostic.h"
#include "render/hpdf_document.h"

namespace brochure::render {

class PdfImages {
public:
    // `forPrint`: images are embedded as the print edition needs them (opaque DeviceCMYK, see
    // image/cmyk.h).
    PdfImages(HpdfDocument& pdf, Diagnostics& diagnostics, bool forPrint = false)
        : pdf_(pdf), diagnostics_(diagnostics), forPrint_(forPrint) {}

    // The embedded image for `path`; nullptr after the image loader reported an R1xx diagnostic
    // (reported once per path).
    HPDF_Image get(const std::string& path);

    // Warning R210 when `image`, placed `width` x `height` points on page `pageIndex`, prints at
    // fewer than `minimumPpi` pixels per inch (once per image and page).
    void checkResolution(const std::string& path, HPDF_Image image, std::size_t pageIndex, double width,
                         double height, double minimumPpi);

private:
    HPDF_Image embed(const std::string& path);
    HPDF_Image newImage(HPDF_UINT width, HPDF_UINT height, const char* colorSpace, const std::string& during);

    HpdfDocument& pdf_;
    Diagnostics& diagnostics_;
    bool forPrint_;
    std::unordered_map<std::string, HPDF_Image> images_;
    std::set<std::pair<std::string, std::size_t>> resolutionChecked_;
};

}  // namespace brochure::render
