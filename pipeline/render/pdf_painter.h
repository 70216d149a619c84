#pragma once
// The PDF painter: frame::Document -> PDF, the only place that talks to libharu.
//
// Fonts are embedded subset (HarfBuzz) with content-derived tags and a correct ToUnicode map;
// images come decoded and validated from the image loader; output is deterministic (same
// document -> same bytes; dates from frame::Metadata::date only; /ID from the content).
//
// Diagnostic codes (R1xx come from the image loader, see image/image.h):
//   R201 libharu refused an operation (the message says which and why)
//   R202 a font cannot be embedded (unreadable, not TrueType, subsetting failed)
//   R203 warning: characters the font cannot show (missing glyphs, outside the BMP)
//   R205 a link goes to a destination that does not exist
//   R206 invalid frame data (font index out of range, malformed UTF-8, bad page size, ...)
//   R207 the output file cannot be written
//   R208 warning: a destination name is defined twice
//   R210 warning (print edition): an image prints below the minimum resolution (names image and page)
//
// With RenderOptions::print the PDF is the print edition (docs/print.md): trim, bleed and media
// boxes on every page, DeviceCMYK only, crop marks, an output intent, no links or bookmarks.

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "frame/frame.h"
#include "render/print_edition.h"

namespace brochure::render {

// The whole PDF in memory; nothing after reporting errors.
std::optional<std::string> renderPdf(const frame::Document& document, Diagnostics& diagnostics,
                                     const RenderOptions& options = {});

// Renders and writes `path` atomically: the bytes go to a temporary file in the same folder that
// is renamed over `path` only when complete. On any error, returns false, no file is left
// behind, and an existing file at `path` is untouched.
bool writePdf(const frame::Document& document, const std::string& path, Diagnostics& diagnostics,
              const RenderOptions& options = {});

}  // namespace brochure::render
