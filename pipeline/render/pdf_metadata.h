#pragma once
// Internal to the render stage: the document information dictionary, /Lang and /ID, all derived
// from the frame::Document (no clock: the date is frame::Metadata::date, SOURCE_DATE_EPOCH).

#include "frame/frame.h"
#include "render/hpdf_document.h"

namespace brochure::render {

void writeMetadata(HpdfDocument& pdf, const frame::Document& document);

}  // namespace brochure::render
