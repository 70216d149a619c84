#pragma once
// The typeset stage: content::Document + fonts -> pages of positioned frame items.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"

namespace brochure::typeset {

struct ImageSize {
    double width = 0, height = 0;  // pixels; only the ratio matters
};

struct SourcePlace {
    std::string file;
    int line = 0, column = 0;
};

struct TypesetOptions {
    std::string source;            // file named in diagnostics (the layout), may be empty
    // Pixel size of an image (PNG/JPEG), nullopt when unreadable (the callee reports why).
    // Unset: image::probe (decodes and validates the file, cached). Tests fake it.
    std::function<std::optional<ImageSize>(const std::string& path, Diagnostics&)> imageSize;
    std::int64_t date = 0;         // metadata date (SOURCE_DATE_EPOCH)
    // Where a character of the text was written (file, line, column), when the caller can tell:
    // a character no font has (T101) is then reported there, at the export it came from, rather
    // than at the layout. Unset, or nothing found: the layout file.
    std::function<std::optional<SourcePlace>(std::string_view character)> placeOf;
};

// Takes the document by value and consumes it as it goes (a long table's rows are freed as
// they are sliced): move it in when it is not needed afterwards.
frame::Document typeset(content::Document document, FontBook& fonts, Diagnostics& diagnostics,
                        const TypesetOptions& options = {});

}  // namespace brochure::typeset
