#pragma once
// Internal to the render stage: embeds images decoded and validated by the image loader, each
// file once however often it is placed.

#include <string>
#include <unordered_map>

#include "core/diagnostic.h"
#include "render/hpdf_document.h"

namespace brochure::render {

class PdfImages {
public:
    PdfImages(HpdfDocument& pdf, Diagnostics& diagnostics) : pdf_(pdf), diagnostics_(diagnostics) {}

    // The embedded image for `path`; nullptr after the image loader reported an R1xx diagnostic
    // (reported once per path).
    HPDF_Image get(const std::string& path);

private:
    HPDF_Image embed(const std::string& path);

    HpdfDocument& pdf_;
    Diagnostics& diagnostics_;
    std::unordered_map<std::string, HPDF_Image> images_;
};

}  // namespace brochure::render
