#pragma once
// State shared by the layout functions of one typeset run: the font book, the diagnostics,
// and which faces the document uses (frame::Document::fonts lists only those).

#include <set>
#include <string>
#include <vector>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"
#include "typeset/typeset.h"

namespace brochure::typeset {

// A content block as diagnostics name it: where the layout wrote it and what it is.
struct BlockOrigin {
    content::SourceRef source;
    std::string name;                    // "<table 'register'> in section 'Seminars'"
};

struct Context {
    FontBook& fonts;
    Diagnostics& diagnostics;
    std::string source;                  // file name for diagnostics (the layout), may be empty
    // Where a character was written, when the caller can tell (TypesetOptions::placeOf).
    std::function<std::optional<SourcePlace>(std::string_view character)> placeOf;
    std::vector<int> docFontOfFace;      // FontBook face id -> index in usedFonts, -1 unused
    std::vector<frame::FontFace> usedFonts;
    std::vector<int> faceOfDocFont;      // the inverse
    int nextTableId = 0;                 // tables are told apart by the paginator
    int headingCount = 0;                // numbers headings without an anchor
    std::vector<BlockOrigin> blocks;     // Slice::block indexes this
    int currentBlock = -1;               // the block being laid out
    std::set<int> unplaceable;           // blocks reported as not placeable (T602, T603): once each
    // Pages the slices laid out so far fill at the least (their heights over the page's): a
    // document that passes limits.pages stops here, before its slices fill memory.
    double pagesAtLeast = 0;
    double columnShare = 1;              // the part of a page's height one column stands for
    bool pageLimitPassed = false;

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
    // A warning at the layout element of the block being laid out.
    void warnHere(const std::string& code, std::string message, std::string hint = {}) {
        const content::SourceRef at =
            currentBlock >= 0 ? blocks[static_cast<std::size_t>(currentBlock)].source : content::SourceRef{};
        diagnostics.warning(code, source, at.line, at.column, std::move(message), std::move(hint));
    }
    // An error at the layout element of the block being laid out.
    void errorHere(const std::string& code, const std::string& message, std::string hint = {}) {
        errorAt(currentBlock, code, message, std::move(hint));
    }
    // An error at a layout element that is not a block (a page master, a header).
    void errorAt(const content::SourceRef& at, const std::string& code, const std::string& message,
                 std::string hint = {}) {
        diagnostics.error(code, source, at.line, at.column, message, std::move(hint));
    }
    // An error at the layout element of block `block` (Slice::block; -1: the layout as a whole).
    void errorAt(int block, const std::string& code, const std::string& message, std::string hint = {}) {
        errorAt(block >= 0 ? blocks[static_cast<std::size_t>(block)].source : content::SourceRef{}, code, message,
                std::move(hint));
    }
};

inline frame::Color toFrame(const content::Color& c) {
    if (!c.cmyk) return {c.r, c.g, c.b, std::nullopt};
    return {c.r, c.g, c.b, frame::Cmyk{c.cmyk->c, c.cmyk->m, c.cmyk->y, c.cmyk->k}};
}

}  // namespace brochure::typeset
