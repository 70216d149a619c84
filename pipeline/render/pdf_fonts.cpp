#include "render/pdf_fonts.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "render/digest.h"
#include "render/flate_stream.h"
#include "render/font_subset.h"
#include "render/to_unicode_cmap.h"
#include "render/utf8.h"

namespace brochure::render {
namespace {

std::string codePointName(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

// "U+4E00, U+4E01 and 3 more": enough to find the text, short enough to read.
std::string listCodePoints(const std::vector<char32_t>& codePoints) {
    std::string out;
    std::size_t shown = std::min<std::size_t>(codePoints.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + codePointName(codePoints[i]);
    if (codePoints.size() > shown) out += " and " + std::to_string(codePoints.size() - shown) + " more";
    return out;
}

// The PDF objects of one embedded font, made here rather than by libharu: libharu 2.3 loads
// TrueType only from a file, parses it again, looks up all 65,536 BMP code points to build a
// 128 KB CIDToGIDMap and a width table per font and document, and deflates it all at level 6:
// most of the render time of a short document. The objects are the same kind: a Type0 font
// (Identity-H, so a glyph's 2-byte code is its Unicode value, as the painter writes them) over
// a CIDFontType2 whose CIDToGIDMap sends each used code point to its glyph in the subset.
class FontObjects {
public:
    FontObjects(HpdfDocument& pdf, std::string during)
        : pdf_(pdf), mmgr_(pdf.get()->mmgr), xref_(pdf.get()->xref), during_(std::move(during)) {}

    HPDF_Dict make(const SubsetResult& subset, const std::vector<char32_t>& codePoints, const std::string& baseFont) {
        HPDF_Dict cidFont = indirect(newDict());
        name(cidFont, "Type", "Font");
        name(cidFont, "Subtype", "CIDFontType2");
        name(cidFont, "BaseFont", baseFont);
        HPDF_Dict system = newDict();
        add(system, "Registry", pdf_.need(HPDF_String_New(mmgr_, "Adobe", nullptr), during_));
        add(system, "Ordering", pdf_.need(HPDF_String_New(mmgr_, "Identity", nullptr), during_));
        number(system, "Supplement", 0);
        add(cidFont, "CIDSystemInfo", system);
        add(cidFont, "FontDescriptor", descriptor(subset, baseFont));
        add(cidFont, "W", widths(subset, codePoints));
        add(cidFont, "CIDToGIDMap", stream(cidToGidMap(subset, codePoints)));

        HPDF_Dict font = indirect(newDict());
        name(font, "Type", "Font");
        name(font, "Subtype", "Type0");
        name(font, "BaseFont", baseFont);
        name(font, "Encoding", "Identity-H");
        HPDF_Array descendants = pdf_.need(HPDF_Array_New(mmgr_), during_);
        pdf_.check(HPDF_Array_Add(descendants, cidFont), during_);
        add(font, "DescendantFonts", descendants);
        add(font, "ToUnicode", stream(toUnicodeCMap(codePoints)));
        return font;
    }

private:
    HPDF_Dict descriptor(const SubsetResult& subset, const std::string& baseFont) {
        const FontMetrics& m = subset.metrics;
        HPDF_Dict file = stream(subset.bytes);
        number(file, "Length1", static_cast<long>(subset.bytes.size()));
        HPDF_Dict d = indirect(newDict());
        name(d, "Type", "FontDescriptor");
        name(d, "FontName", baseFont);
        // Symbolic (4): glyphs outside the standard Latin set; Italic (64) when slanted.
        number(d, "Flags", 4 + (m.italicAngle != 0 ? 64 : 0));
        HPDF_Box box{static_cast<HPDF_REAL>(m.bbox[0]), static_cast<HPDF_REAL>(m.bbox[1]),
                     static_cast<HPDF_REAL>(m.bbox[2]), static_cast<HPDF_REAL>(m.bbox[3])};
        add(d, "FontBBox", pdf_.need(HPDF_Box_Array_New(mmgr_, box), during_));
        pdf_.check(HPDF_Dict_AddReal(d, "ItalicAngle", static_cast<HPDF_REAL>(m.italicAngle)), during_);
        number(d, "Ascent", m.ascent);
        number(d, "Descent", m.descent);
        number(d, "CapHeight", m.capHeight);
        number(d, "StemV", 0);  // unknown; readers only use it to synthesise a missing font
        add(d, "FontFile2", file);
        return d;
    }

    // [first [w w ...] first [w ...]]: one entry per run of consecutive code points.
    HPDF_Array widths(const SubsetResult& subset, const std::vector<char32_t>& codePoints) {
        HPDF_Array w = pdf_.need(HPDF_Array_New(mmgr_), during_);
        HPDF_Array run = nullptr;
        for (std::size_t i = 0; i < codePoints.size() && codePoints[i] <= 0xffff; ++i) {
            if (!run || codePoints[i] != codePoints[i - 1] + 1) {
                pdf_.check(HPDF_Array_AddNumber(w, static_cast<HPDF_INT32>(codePoints[i])), during_);
                run = pdf_.need(HPDF_Array_New(mmgr_), during_);
                pdf_.check(HPDF_Array_Add(w, run), during_);
            }
            pdf_.check(HPDF_Array_AddNumber(run, subset.widths[i]), during_);
        }
        return w;
    }

    // Two bytes (big-endian glyph id) per code point up to the largest one used.
    static std::string cidToGidMap(const SubsetResult& subset, const std::vector<char32_t>& codePoints) {
        std::string map;
        for (std::size_t i = 0; i < codePoints.size() && codePoints[i] <= 0xffff; ++i) {
            map.resize(2 * (codePoints[i] + 1), '\0');
            map[2 * codePoints[i]] = static_cast<char>(subset.glyphs[i] >> 8);
            map[2 * codePoints[i] + 1] = static_cast<char>(subset.glyphs[i] & 0xff);
        }
        return map;
    }

    HPDF_Dict stream(std::string bytes) {
        HPDF_Dict dict = pdf_.need(HPDF_DictStream_New(mmgr_, xref_), during_);
        writeFlateStream(pdf_, dict, std::move(bytes), during_);
        return dict;
    }
    HPDF_Dict newDict() { return pdf_.need(HPDF_Dict_New(mmgr_), during_); }
    HPDF_Dict indirect(HPDF_Dict dict) {
        pdf_.check(HPDF_Xref_Add(xref_, dict), during_);
        return dict;
    }
    void add(HPDF_Dict dict, const char* key, void* value) { pdf_.check(HPDF_Dict_Add(dict, key, value), during_); }
    void name(HPDF_Dict dict, const char* key, const std::string& value) {
        pdf_.check(HPDF_Dict_AddName(dict, key, value.c_str()), during_);
    }
    void number(HPDF_Dict dict, const char* key, long value) {
        pdf_.check(HPDF_Dict_AddNumber(dict, key, static_cast<HPDF_INT32>(value)), during_);
    }

    HpdfDocument& pdf_;
    HPDF_MMgr mmgr_;
    HPDF_Xref xref_;
    std::string during_;
};

// Kerning offsets must rise and fall on character starts (never on a UTF-8 continuation byte),
// or the content stream would split a character in two.
bool validKerning(const frame::TextRun& run) {
    std::uint32_t previous = 0;
    for (const frame::Kern& kern : run.kerning) {
        if (kern.offset < previous || kern.offset > run.text.size()) return false;
        if (kern.offset < run.text.size() && (static_cast<unsigned char>(run.text[kern.offset]) & 0xc0) == 0x80)
            return false;
        previous = kern.offset;
    }
    return true;
}

// The sorted code points each face shows (indexed by canonical face), checking every run on the
// way: font index, UTF-8 and kerning offsets (R206).
std::vector<std::vector<char32_t>> collectCodePoints(const frame::Document& document,
                                                     const std::vector<std::size_t>& canonical,
                                                     Diagnostics& diagnostics) {
    const std::size_t fontCount = document.fonts.size();
    // A bitmap answers "seen before?" cheaply for 100-page tables; the list collects each code
    // point once. It grows to the largest code point seen: all of Unicode (139 KB, zeroed) per
    // face was a tenth of rendering a short document.
    std::vector<std::vector<bool>> seen(fontCount);
    std::vector<std::vector<char32_t>> used(fontCount);
    std::vector<char32_t> decoded;
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const std::string page = std::to_string(p + 1);
        for (const frame::Item& item : document.pages[p].items) {
            const auto* run = std::get_if<frame::TextRun>(&item);
            if (!run) continue;
            if (run->font < 0 || static_cast<std::size_t>(run->font) >= fontCount) {
                diagnostics.error("R206", {}, 0, 0,
                                  "text run \"" + run->text + "\" on page " + page + " uses font " +
                                      std::to_string(run->font) + ", but the document has " +
                                      std::to_string(fontCount) + " fonts");
                continue;
            }
            decoded.clear();
            if (!appendCodePoints(run->text, decoded)) {
                diagnostics.error("R206", {}, 0, 0, "text run on page " + page + " is not valid UTF-8");
                continue;
            }
            if (!validKerning(*run))
                diagnostics.error("R206", {}, 0, 0,
                                  "text run \"" + run->text + "\" on page " + page +
                                      " has kerning offsets out of order or inside a character");
            const std::size_t face = canonical[run->font];
            auto& bits = seen[face];
            for (char32_t cp : decoded) {
                if (cp >= bits.size()) bits.resize(std::max<std::size_t>(cp + 1, 2 * bits.size()));
                if (bits[cp]) continue;
                bits[cp] = true;
                used[face].push_back(cp);
            }
        }
    }
    for (auto& codePoints : used) std::sort(codePoints.begin(), codePoints.end());
    return used;
}

}  // namespace

void PdfFonts::embed(const frame::Document& document) {
    const std::size_t fontCount = document.fonts.size();
    // Faces listed twice with the same file share one embedded font: libharu keys fonts by
    // PostScript name and would silently reuse the first subset for the second entry.
    std::vector<std::size_t> canonical(fontCount);
    std::unordered_map<std::string, std::size_t> firstByFile;
    for (std::size_t f = 0; f < fontCount; ++f)
        canonical[f] = firstByFile.emplace(document.fonts[f].file, f).first->second;

    std::vector<std::vector<char32_t>> used = collectCodePoints(document, canonical, diagnostics_);
    fonts_.assign(fontCount, nullptr);
    for (std::size_t f = 0; f < fontCount; ++f)
        if (!used[f].empty()) fonts_[f] = load(document.fonts[f], used[f]);
    for (std::size_t f = 0; f < fontCount; ++f) fonts_[f] = fonts_[canonical[f]];
    faces_ = document.fonts;
}

HPDF_Font PdfFonts::load(const frame::FontFace& face, const std::vector<char32_t>& codePoints) {
    const std::string fontName = face.name.empty() ? face.file : face.name;
    SubsetResult subset = subsetFont(face.file, codePoints);
    if (!subset.error.empty()) {
        diagnostics_.error("R202", face.file, 0, 0, "cannot embed font '" + fontName + "': " + subset.error,
                           "use a TrueType (glyf) font file");
        return nullptr;
    }
    if (!subset.missing.empty())
        diagnostics_.warning("R203", face.file, 0, 0,
                             "font '" + fontName + "' has no glyph for " + listCodePoints(subset.missing) +
                                 "; these characters print as empty boxes");
    std::vector<char32_t> outsideBmp;
    for (char32_t cp : codePoints)
        if (cp > 0xffff) outsideBmp.push_back(cp);
    if (!outsideBmp.empty())
        diagnostics_.warning("R203", face.file, 0, 0,
                             "characters outside the Basic Multilingual Plane cannot be shown (" +
                                 listCodePoints(outsideBmp) + "); they print as spaces");

    // A tag derived from the subset's content keeps a font's name stable when other fonts come
    // and go (libharu would number subsets in load order).
    const std::string baseFont = Digest().add(subset.bytes).tag() + "+" + subset.metrics.postScriptName;
    return FontObjects(pdf_, "embedding font '" + fontName + "' (" + face.file + ")").make(subset, codePoints, baseFont);
}

}  // namespace brochure::render
