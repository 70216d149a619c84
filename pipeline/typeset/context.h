#pragma once
// State shared by the layout functions of one typeset run: the font book, the diagnostics,
// and which faces the document uses (frame::Document::fonts lists only those).

#include <string>
#include <vector>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"
#include "typeset/typeset.h"

namespace brochure::typeset {

struct Context {
    FontBook& fonts;
    Diagnostics& diagnostics;
    std::string source;                  // file name for diagnostics (the layout), may be empty
    // Where a character was written, when the caller can tell (TypesetOptions::placeOf).
    std::function<std::optional<SourcePlace>(std::string_view character)> placeOf;
    std::vector<int> docFontOfFace;      // FontBook face id -> index in usedFonts, -1 unused
    std::vector<frame::FontFace> usedFonts;
    std::vector<int> faceOfDocFont;      // the inverse
    int nextTableId = 0;
    int headingCount = 0;                // numbers headings without an anchor                 // tables are told apart by the paginator

    Context(FontBook& f, Diagnostics& d, std::string src)
        : fonts(f), diagnostics(d), source(std::move(src)),
          docFontOfFace(static_cast<std::size_t>(f.faceCount()), -1) {}

    int docFont(int face) {
        int& slot = docFontOfFace[static_cast<std::size_t>(face)];
        if (slot < 0) {
            slot = static_cast<int>(usedFonts.size());
            const FaceInfo& info = fonts.face(face);
            usedFonts.push_back({info.file, info.displayName()});
            faceOfDocFont.push_back(face);
        }
        return slot;
    }

    void warn(const std::string& code, std::string message, std::string hint = {}) {
        diagnostics.warning(code, source, 0, 0, std::move(message), std::move(hint));
    }
    void error(const std::string& code, std::string message, std::string hint = {}) {
        diagnostics.error(code, source, 0, 0, std::move(message), std::move(hint));
    }
};

inline frame::Color toFrame(const content::Color& c) {
    if (!c.cmyk) return {c.r, c.g, c.b, std::nullopt};
    return {c.r, c.g, c.b, frame::Cmyk{c.cmyk->c, c.cmyk->m, c.cmyk->y, c.cmyk->k}};
}

}  // namespace brochure::typeset
