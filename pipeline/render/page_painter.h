#pragma once
// Internal to the render stage: draws one frame::Page's text, rules, fills and images into its
// libharu page (links and destinations are PdfNavigation's). With `print` (the print edition) the
// page is drawn into its trim box in DeviceCMYK, edge-touching fills and images run into the
// bleed, and crop and registration marks go into the slug.

#include "frame/frame.h"
#include "render/hpdf_document.h"
#include "render/pdf_fonts.h"
#include "render/pdf_images.h"
#include "render/print_geometry.h"

namespace brochure::render {

struct PrintPage {
    const PrintEdition* edition = nullptr;
    PrintGeometry geometry;
};

void paintPage(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
               const PdfFonts& fonts, PdfImages& images, const PrintPage* print = nullptr);

}  // namespace brochure::render
