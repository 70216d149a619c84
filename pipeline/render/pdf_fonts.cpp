#include "render/pdf_fonts.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include <unistd.h>

#include "render/digest.h"
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

// libharu 2.3 loads TrueType only from a file, so the subset goes through a temporary file.
// The name is derived from the subset's tag; the process id and a counter keep concurrent
// renders apart. The file is unlinked right after loading: libharu keeps its FILE* open and
// reads the glyphs from it when saving.
class TemporaryFontFile {
public:
    TemporaryFontFile(const std::string& tag, const std::string& bytes) {
        static std::atomic<unsigned> counter{0};
        std::error_code ec;
        auto folder = std::filesystem::temp_directory_path(ec);
        if (ec) folder = "/tmp";
        path_ = (folder / ("brochure-" + tag + "-" + std::to_string(::getpid()) + "-" +
                           std::to_string(counter++) + ".ttf"))
                    .string();
        std::FILE* file = std::fopen(path_.c_str(), "wb");
        if (!file) {
            error_ = "cannot create " + path_ + ": " + std::strerror(errno);
            return;
        }
        bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
        if (std::fclose(file) != 0 || !written) error_ = "cannot write " + path_ + ": " + std::strerror(errno);
    }
    ~TemporaryFontFile() { std::remove(path_.c_str()); }
    TemporaryFontFile(const TemporaryFontFile&) = delete;
    TemporaryFontFile& operator=(const TemporaryFontFile&) = delete;

    const std::string& path() const { return path_; }
    const std::string& error() const { return error_; }

private:
    std::string path_;
    std::string error_;
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
    // point once.
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
            if (bits.empty()) bits.resize(0x110000);
            for (char32_t cp : decoded) {
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

    const std::string tag = Digest().add(subset.bytes).tag();
    TemporaryFontFile file(tag, subset.bytes);
    if (!file.error().empty()) {
        diagnostics_.error("R202", face.file, 0, 0, "cannot embed font '" + fontName + "': " + file.error());
        return nullptr;
    }
    const std::string during = "embedding font '" + fontName + "' (" + face.file + ")";
    HPDF_Doc doc = pdf_.get();
    const char* name = pdf_.need(HPDF_LoadTTFontFromFile(doc, file.path().c_str(), HPDF_TRUE), during);
    HPDF_FontDef definition = pdf_.need(HPDF_GetFontDef(doc, name), during);
    // libharu appends ",Bold"/",Italic" to the PostScript name of bold and italic faces (a hint
    // for readers that synthesise styles of non-embedded fonts); the embedded font needs none,
    // so the BaseFont stays the font's own PostScript name. PostScript names contain no comma.
    if (char* comma = std::strchr(definition->base_font, ',')) *comma = '\0';
    // libharu tags subsets HPDFAA, HPDFAB... in load order; a tag derived from the subset's
    // content keeps a font's name stable when other fonts come and go.
    HPDF_TTFontDef_SetTagName(definition, const_cast<char*>(tag.c_str()));
    HPDF_Font font = pdf_.need(HPDF_GetFont(doc, definition->base_font, "UTF-8"), during);
    // libharu writes only the glyphs it saw measured by its own text operators; the painter
    // writes content streams itself and the subset holds exactly the glyphs in use, so mark all.
    auto* attributes = static_cast<HPDF_TTFontDefAttr>(definition->attr);
    std::fill(attributes->glyph_tbl.flgs, attributes->glyph_tbl.flgs + attributes->num_glyphs, HPDF_BYTE{1});
    replaceToUnicode(font, codePoints, during);
    return font;
}

void PdfFonts::replaceToUnicode(HPDF_Font font, const std::vector<char32_t>& codePoints,
                                const std::string& during) {
    // Rewrite the content of libharu's ToUnicode stream in place: adding a new stream would leave
    // the malformed one in the file as an orphan object.
    auto stream = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    pdf_.need(stream, during + ": no ToUnicode map");
    HPDF_MemStream_FreeData(stream->stream);
    pdf_.check(HPDF_Stream_WriteStr(stream->stream, toUnicodeCMap(codePoints).c_str()), during);
}

}  // namespace brochure::render
