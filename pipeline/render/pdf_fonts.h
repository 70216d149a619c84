#pragma once
// Internal to the render stage: embeds the document's fonts, each subset to the characters the
// document uses, with a content-derived subset tag and a correct ToUnicode map.

#include <vector>

#include "core/diagnostic.h"
#include "frame/frame.h"
#include "render/hpdf_document.h"

namespace brochure::render {

class PdfFonts {
public:
    PdfFonts(HpdfDocument& pdf, Diagnostics& diagnostics) : pdf_(pdf), diagnostics_(diagnostics) {}

    // Embeds every face that some text run uses. Reports R202 for a font that cannot be embedded,
    // R203 (warning) for characters the font cannot show, R206 for runs with a bad font index or
    // malformed UTF-8.
    void embed(const frame::Document& document);

    // The libharu font for Document::fonts[index]; nullptr when it is unused or failed.
    HPDF_Font font(int index) const {
        return index >= 0 && static_cast<std::size_t>(index) < fonts_.size() ? fonts_[index] : nullptr;
    }

    // How Document::fonts[index] is drawn from its file's outlines: stroked (synthetic bold),
    // slanted (synthetic italic), or neither.
    const frame::FontFace* face(int index) const {
        return index >= 0 && static_cast<std::size_t>(index) < faces_.size() ? &faces_[index] : nullptr;
    }

private:
    HPDF_Font load(const frame::FontFace& face, const std::vector<char32_t>& codePoints);

    HpdfDocument& pdf_;
    Diagnostics& diagnostics_;
    std::vector<HPDF_Font> fonts_;
    std::vector<frame::FontFace> faces_;
};

}  // namespace brochure::render
