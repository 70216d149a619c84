#pragma once
// Internal to the render stage: draws one frame::Page's text, rules, fills and images into its
// libharu page (links and destinations are PdfNavigation's).

#include "frame/frame.h"
#include "render/hpdf_document.h"
#include "render/pdf_fonts.h"
#include "render/pdf_images.h"

namespace brochure::render {

void paintPage(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
               const PdfFonts& fonts, PdfImages& images);

}  // namespace brochure::render
