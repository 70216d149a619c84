#pragma once
// State shared by the layout functions of one typeset run: the font book, the diagnostics,
// and which faces the document uses (frame::Document::fonts lists only those).

#include <string>
#include <vector>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"

namespace brochure::typeset {

struct Context {
    FontBook& fonts;
    Diagnostics& diagnostics;
    std::string source;                  // file name for diagnostics (the layout), may be empty
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
            usedFonts.push_back({info.file, info.displayName(), info.syntheticBold, info.syntheticItalic});
            faceOfDocFont.push_back(face);
            // Said when text is set in it, not when a style merely lists the family.
            if (info.syntheticBold || info.syntheticItalic) warnSynthesized(info);
        }
        return slot;
    }

    // At the font file, so the documents of a build that all use the face say it once.
    void warnSynthesized(const FaceInfo& info) {
        const std::string style = info.bold && info.italic ? "bold italic" : info.bold ? "bold" : "italic";
        std::string how = info.syntheticBold ? "outlines stroked" : "";
        if (info.syntheticItalic) how += how.empty() ? "slanted" : ", slanted";
        diagnostics.warning("T004", info.file, 0, 0,
                            "font '" + info.family + "' has no " + style + " face; " + style +
                                " text in it is synthesized (" + how + ")",
                            "add the family's " + style + " font file to the fonts folder to use its real face");
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
