#pragma once
// The typeset stage: content::Document + fonts -> pages of positioned frame items.

#include <functional>
#include <optional>
#include <string>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"

namespace brochure::typeset {

struct ImageSize {
    double width = 0, height = 0;  // pixels; only the ratio matters
};

struct TypesetOptions {
    std::string source;            // file named in diagnostics (the layout), may be empty
    // Pixel size of an image (PNG/JPEG), nullopt when unreadable (the callee reports why).
    // Unset: image::probe (decodes and validates the file, cached). Tests fake it.
    std::function<std::optional<ImageSize>(const std::string& path, Diagnostics&)> imageSize;
    std::int64_t date = 0;         // metadata date (SOURCE_DATE_EPOCH)
};

// Takes the document by value and consumes it as it goes (a long table's rows are freed as
// they are sliced): move it in when it is not needed afterwards.
frame::Document typeset(content::Document document, FontBook& fonts, Diagnostics& diagnostics,
                        const TypesetOptions& options = {});

}  // namespace brochure::typeset
