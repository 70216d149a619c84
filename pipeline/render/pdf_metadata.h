#pragma once
// Internal to the render stage: the document information dictionary, /Lang and /ID, all derived
// from the frame::Document (no clock: the date is frame::Metadata::date, SOURCE_DATE_EPOCH).

#include <string>

#include "frame/frame.h"
#include "render/hpdf_document.h"

namespace brochure::render {

// `variant` (non-empty for the print edition: its settings) enters the /ID, so the two editions
// of one document have different ids.
void writeMetadata(HpdfDocument& pdf, const frame::Document& document, const std::string& variant = {});

}  // namespace brochure::render
