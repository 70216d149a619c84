#pragma once
// FontBook: every TrueType face in a fonts folder, found by family and style, measured with the
// font's real advances and kerning (HarfBuzz). FreeType and HarfBuzz stay behind a pimpl so this
// header is cheap to include.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/content.h"
#include "core/diagnostic.h"
#include "core/world.h"

namespace brochure::typeset {

struct FaceInfo {
    std::string file;       // path as found in the fonts folder
    std::string family;     // as FreeType reports it ("Noto Sans", "IPAexGothic")
    std::string style;      // "Regular", "Bold Italic"...
    bool bold = false;
    bool italic = false;
    // A style the family has no file for, drawn from another face of it: bold by stroking the
    // outlines, italic by slanting them (FontBook adds these faces; painters draw them so).
    bool syntheticBold = false;
    bool syntheticItalic = false;
    // Vertical metrics in em (font units / units per em); descender is positive below the baseline.
    double ascender = 0.8;
    double descender = 0.2;
    double underlinePosition = 0.1;   // below the baseline, positive down
    double underlineThickness = 0.05;
    std::string displayName() const { return family + " " + style; }
};

class FontBook {
public:
    // Loads every *.ttf/*.otf/*.ttc file of `dir` (sorted by name, so face ids are stable).
    // A missing folder is an error T001, a file that is not an intact, usable font an error T002
    // (printing with another face instead would be wrong; sfnt_check.h).
    FontBook(const std::string& dir, Diagnostics& diagnostics, const World& world = realWorld());
    ~FontBook();
    FontBook(FontBook&&) noexcept;
    FontBook& operator=(FontBook&&) noexcept;
    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;

    int faceCount() const;
    const FaceInfo& face(int id) const;

    // The face of `family` with the wanted style: the family's own face, else one synthesized
    // from its nearest face (IPAex has only a regular one: its bold is the regular stroked).
    // "IPAex Gothic" and "IPAexGothic" name the same family (spaces and case are ignored).
    // -1 when the family is unknown.
    int findFace(std::string_view family, bool bold, bool italic) const;

    // The faces of a style's family list in fallback order (unknown families skipped, warned
    // once with T003). Cached per distinct (families, bold, italic).
    const std::vector<int>& fallbackChain(const content::TextStyle& style, Diagnostics& diagnostics);

    bool hasGlyph(int face, char32_t codepoint) const;

    // Kerning between two characters of a measured text: before the character starting at
    // byte `offset`, `dx` em more than the glyph advances.
    struct KernPair {
        std::uint32_t offset = 0;
        double dx = 0;
    };
    struct Measurement {
        double width = 0;               // em, kerning included
        std::vector<KernPair> kerning;  // empty for most words
    };

    // Advance width of `utf8` set in `face`, in em, kerning included (HarfBuzz shaping).
    // Cached per (face, text), so measuring the same word again costs one hash lookup; the
    // reference stays valid as long as the FontBook.
    const Measurement& measureText(int face, std::string_view utf8);
    double measure(int face, std::string_view utf8) { return measureText(face, utf8).width; }

private:
    const std::vector<int>& lookupChain(const content::TextStyle& style, Diagnostics& diagnostics);

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace brochure::typeset
