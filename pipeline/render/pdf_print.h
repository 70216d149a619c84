#pragma once
// Internal to the render stage: the document-level parts of the print edition: the page boxes,
// the output intent (the CMYK printing condition, with its ICC profile) and the PDF/X-1a
// identification in the document information (docs/print.md says what is and is not met).

#include "render/hpdf_document.h"
#include "render/print_geometry.h"

namespace brochure::render {

// MediaBox (the whole sheet: bleed plus slug), BleedBox and TrimBox of one page.
void setPrintBoxes(HpdfDocument& pdf, HPDF_Page page, const PrintGeometry& geometry, const std::string& during);

// /OutputIntents [<< /S /GTS_PDFX /DestOutputProfile ... >>] and the PDF/X keys of /Info
// (after writeMetadata). Does nothing without a profile.
void writeOutputIntent(HpdfDocument& pdf, const PrintEdition& edition);

}  // namespace brochure::render
