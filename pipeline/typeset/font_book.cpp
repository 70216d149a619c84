#include "typeset/font_book.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include "core/mapped_file.h"
#include "typeset/sfnt_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace brochure::typeset {
namespace {

// Heterogeneous lookup: find a std::string key with a string_view, no allocation on a hit.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WidthCache = std::unordered_map<std::string, FontBook::Measurement, StringHash, std::equal_to<>>;

std::string normalizedFamily(std::string_view family) {
    std::string out;
    out.reserve(family.size());
    for (char c : family)
        if (c != ' ' && c != '-' && c != '_')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool looksLikeFontFile(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc";
}

// A font file's bytes and what keeps them alive: a memory map of the real file (FreeType and
// HarfBuzz touch only the tables and glyphs they need, so the 6 MB IPAex Gothic costs a few
// hundred KB), or a copy read through a test's fake World.
struct FontBytes {
    std::string_view bytes;
    std::shared_ptr<const void> owner;
};

// Font files are mapped once per process and shared by every FontBook: the app keeps one
// FontBook per worker thread. Immutable once mapped; the mutex guards only the map.
std::optional<FontBytes> readFontFile(const std::string& path, const World& world, std::string& error) {
    if (&world != &realWorld()) {  // a test's fake files are read, never shared
        FileContents contents = world.readFile(path);
        if (!contents.ok()) {
            error = contents.error;
            return std::nullopt;
        }
        auto copy = std::make_shared<const std::string>(std::move(contents.bytes));
        return FontBytes{*copy, copy};
    }
    static std::mutex mutex;
    static std::unordered_map<std::string, std::shared_ptr<const MappedFile>> files;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = files[path];
    if (!slot) slot = MappedFile::open(path, error);
    if (!slot) {
        files.erase(path);
        return std::nullopt;
    }
    return FontBytes{slot->bytes(), slot};
}

struct LoadedFace {
    FaceInfo info;
    FontBytes bytes;  // FreeType and HarfBuzz read from this buffer
    FT_Face ft = nullptr;
    hb_blob_t* blob = nullptr;
    hb_face_t* hbFace = nullptr;
    hb_font_t* hbFont = nullptr;
    double unitsPerEm = 1000;
    std::array<bool, 256> latin{};  // glyph presence for U+0000..U+00FF, the common case
    WidthCache widths;
    bool borrowed = false;          // a synthetic face: ft and the hb objects belong to its base
};

// The face a missing style is drawn from: for bold italic the bold face (slanted), else the
// italic (stroked), else the regular; for bold or italic alone the regular.
const LoadedFace* synthesisBase(const std::vector<const LoadedFace*>& family, bool bold, bool italic) {
    auto find = [&](bool b, bool i) -> const LoadedFace* {
        for (const LoadedFace* face : family)
            if (face->info.bold == b && face->info.italic == i) return face;
        return nullptr;
    };
    if (find(bold, italic)) return nullptr;  // the family has the real face
    if (bold && italic) {
        if (const LoadedFace* boldFace = find(true, false)) return boldFace;
        if (const LoadedFace* italicFace = find(false, true)) return italicFace;
    }
    return find(false, false);
}

}  // namespace

struct FontBook::Impl {
    FT_Library library = nullptr;
    std::vector<std::unique_ptr<LoadedFace>> faces;
    hb_buffer_t* buffer = nullptr;
    std::unordered_map<std::string, std::vector<int>> chains;
    // The last style asked for: consecutive spans and table cells nearly always share one.
    content::TextStyle lastStyle;
    const std::vector<int>* lastChain = nullptr;
    std::unordered_set<std::string> warnedFamilies;

    ~Impl() {
        for (auto& f : faces) {
            if (f->borrowed) continue;
            if (f->hbFont) hb_font_destroy(f->hbFont);
            if (f->hbFace) hb_face_destroy(f->hbFace);
            if (f->blob) hb_blob_destroy(f->blob);
            if (f->ft) FT_Done_Face(f->ft);
        }
        if (buffer) hb_buffer_destroy(buffer);
        if (library) FT_Done_FreeType(library);
    }

    // A file in the fonts folder that is not an intact font is an error, not a file to skip:
    // the documents would be printed with another face, or with characters missing.
    void load(const std::string& path, Diagnostics& diagnostics, const World& world) {
        const char* hint = "replace it with an intact copy of the font, or remove it from the fonts folder";
        std::string error;
        auto face = std::make_unique<LoadedFace>();
        std::optional<FontBytes> read = readFontFile(path, world, error);
        if (!read) {
            diagnostics.error("T002", path, 0, 0, "cannot read font file: " + error, hint);
            return;
        }
        face->bytes = std::move(*read);
        const std::string_view bytes = face->bytes.bytes;
        if (std::string damage = sfntDamage(bytes); !damage.empty()) {
            diagnostics.error("T002", path, 0, 0, "the font file is damaged: " + damage, hint);
            return;
        }
        if (FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(bytes.data()),
                               static_cast<FT_Long>(bytes.size()), 0, &face->ft) != 0) {
            diagnostics.error("T002", path, 0, 0, "the font file is damaged: FreeType cannot read it", hint);
            return;
        }
        FT_Face ft = face->ft;
        if (!FT_IS_SCALABLE(ft) || ft->family_name == nullptr || ft->units_per_EM == 0) {
            diagnostics.error("T002", path, 0, 0, "not a scalable font with a family name", hint);
            FT_Done_Face(ft);
            face->ft = nullptr;
            return;
        }
        FaceInfo& info = face->info;
        info.file = path;
        info.family = ft->family_name;
        info.style = ft->style_name ? ft->style_name : "Regular";
        info.bold = (ft->style_flags & FT_STYLE_FLAG_BOLD) != 0;
        info.italic = (ft->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
        face->unitsPerEm = ft->units_per_EM;
        info.ascender = ft->ascender / face->unitsPerEm;
        info.descender = -ft->descender / face->unitsPerEm;
        info.underlinePosition = -ft->underline_position / face->unitsPerEm;
        info.underlineThickness = std::max(1.0, double(ft->underline_thickness)) / face->unitsPerEm;
        for (unsigned cp = 0; cp < 256; ++cp) face->latin[cp] = FT_Get_Char_Index(ft, cp) != 0;

        face->blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                    HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        face->hbFace = hb_face_create(face->blob, 0);
        face->hbFont = hb_font_create(face->hbFace);
        int upem = static_cast<int>(face->unitsPerEm);
        hb_font_set_scale(face->hbFont, upem, upem);
        faces.push_back(std::move(face));
    }

    // Adds, after the files' faces (so face ids stay stable), a synthetic face for each style a
    // family lacks: bold, italic and bold italic of a family with only a regular face.
    void addSyntheticFaces() {
        std::vector<std::string> families;
        for (const auto& f : faces)
            if (std::find(families.begin(), families.end(), normalizedFamily(f->info.family)) == families.end())
                families.push_back(normalizedFamily(f->info.family));
        for (const std::string& name : families) {
            std::vector<const LoadedFace*> family;
            for (const auto& f : faces)
                if (normalizedFamily(f->info.family) == name) family.push_back(f.get());
            constexpr std::pair<bool, bool> styles[] = {{true, false}, {false, true}, {true, true}};
            for (const auto& [bold, italic] : styles) {
                const LoadedFace* base = synthesisBase(family, bold, italic);
                if (!base) continue;
                auto face = std::make_unique<LoadedFace>();
                face->info = base->info;
                face->info.syntheticBold = bold && !base->info.bold;
                face->info.syntheticItalic = italic && !base->info.italic;
                face->info.bold = bold;
                face->info.italic = italic;
                face->info.style = bold && italic ? "Bold Italic" : bold ? "Bold" : "Italic";
                face->info.style += " (synthesized)";
                face->bytes = base->bytes;
                face->ft = base->ft;
                face->blob = base->blob;
                face->hbFace = base->hbFace;
                face->hbFont = base->hbFont;
                face->unitsPerEm = base->unitsPerEm;
                face->latin = base->latin;
                face->borrowed = true;
                faces.push_back(std::move(face));
            }
        }
    }
};

FontBook::FontBook(const std::string& dir, Diagnostics& diagnostics, const World& world)
    : impl_(std::make_unique<Impl>()) {
    impl_->buffer = hb_buffer_create();
    if (FT_Init_FreeType(&impl_->library) != 0) {
        diagnostics.error("T001", dir, 0, 0, "cannot initialise FreeType");
        return;
    }
    std::error_code ec;
    std::vector<std::string> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && looksLikeFontFile(it->path())) files.push_back(it->path().string());
    if (ec) {
        diagnostics.error("T001", dir, 0, 0, "cannot read the fonts folder: " + ec.message(),
                          "check the 'fonts' setting; the folder must hold the TrueType files");
        return;
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) impl_->load(file, diagnostics, world);
    impl_->addSyntheticFaces();
    if (impl_->faces.empty())
        diagnostics.error("T001", dir, 0, 0, "no usable font in the fonts folder",
                          "put the TrueType files (e.g. NotoSans-Regular.ttf) in this folder");
}

FontBook::~FontBook() = default;
FontBook::FontBook(FontBook&&) noexcept = default;
FontBook& FontBook::operator=(FontBook&&) noexcept = default;

int FontBook::faceCount() const { return static_cast<int>(impl_->faces.size()); }

const FaceInfo& FontBook::face(int id) const { return impl_->faces.at(static_cast<std::size_t>(id))->info; }

int FontBook::findFace(std::string_view family, bool bold, bool italic) const {
    // The exact style (a synthetic one when the family has no file for it), else the family's
    // regular face, else any face of it.
    const std::string wanted = normalizedFamily(family);
    int regular = -1;
    int any = -1;
    for (std::size_t i = 0; i < impl_->faces.size(); ++i) {
        const FaceInfo& info = impl_->faces[i]->info;
        if (normalizedFamily(info.family) != wanted) continue;
        const int id = static_cast<int>(i);
        if (info.bold == bold && info.italic == italic) return id;
        if (!info.bold && !info.italic && regular < 0) regular = id;
        if (any < 0) any = id;
    }
    return regular >= 0 ? regular : any;
}

const std::vector<int>& FontBook::fallbackChain(const content::TextStyle& style, Diagnostics& diagnostics) {
    if (impl_->lastChain && style.bold == impl_->lastStyle.bold && style.italic == impl_->lastStyle.italic &&
        style.families == impl_->lastStyle.families)
        return *impl_->lastChain;
    const std::vector<int>& chain = lookupChain(style, diagnostics);
    impl_->lastStyle = style;
    impl_->lastChain = &chain;
    return chain;
}

const std::vector<int>& FontBook::lookupChain(const content::TextStyle& style, Diagnostics& diagnostics) {
    std::string key;
    for (const std::string& family : style.families) (key += family) += '\n';
    key += style.bold ? 'B' : 'b';
    key += style.italic ? 'I' : 'i';
    auto found = impl_->chains.find(key);
    if (found != impl_->chains.end()) return found->second;
    std::vector<int> chain;
    for (const std::string& family : style.families) {
        int id = findFace(family, style.bold, style.italic);
        if (id >= 0) {
            if (std::find(chain.begin(), chain.end(), id) == chain.end()) chain.push_back(id);
        } else if (impl_->warnedFamilies.insert(family).second) {
            diagnostics.warning("T003", "", 0, 0, "no font of family '" + family + "' in the fonts folder",
                                "the next family of the style's list is used instead");
        }
    }
    return impl_->chains.emplace(std::move(key), std::move(chain)).first->second;
}

bool FontBook::hasGlyph(int face, char32_t codepoint) const {
    const LoadedFace& f = *impl_->faces[static_cast<std::size_t>(face)];
    if (codepoint < 256) return f.latin[codepoint];
    return FT_Get_Char_Index(f.ft, codepoint) != 0;
}

const FontBook::Measurement& FontBook::measureText(int face, std::string_view utf8) {
    LoadedFace& f = *impl_->faces[static_cast<std::size_t>(face)];
    auto found = f.widths.find(utf8);
    if (found != f.widths.end()) return found->second;
    hb_buffer_t* buffer = impl_->buffer;
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(f.hbFont, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    Measurement m;
    hb_position_t total = 0, pending = 0;
    for (unsigned i = 0; i < count; ++i) {
        total += positions[i].x_advance;
        // What shaping moved beyond the plain advance (kerning), owed before the next character.
        pending += positions[i].x_advance - hb_font_get_glyph_h_advance(f.hbFont, glyphs[i].codepoint);
        if (i + 1 < count && glyphs[i + 1].cluster != glyphs[i].cluster && pending != 0) {
            m.kerning.push_back({glyphs[i + 1].cluster, pending / f.unitsPerEm});
            pending = 0;
        }
    }
    m.width = total / f.unitsPerEm;
    return f.widths.emplace(std::string(utf8), std::move(m)).first->second;
}

}  // namespace brochure::typeset
