#include "render/font_subset.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cmath>
#include <cstring>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "core/mapped_file.h"

namespace brochure::render {
namespace {

struct FaceDeleter {
    void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct BlobDeleter {
    void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};
struct InputDeleter {
    void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
struct FontDeleter {
    void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;

// One parsed face per font file. HarfBuzz faces are immutable and safe to share across threads.
struct LoadedFace {
    std::shared_ptr<const MappedFile> file;  // keeps the memory the face points into
    Face face;
    std::string error;
};

bool hasTable(hb_face_t* face, const char* tag) {
    hb_blob_t* table = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
    bool present = hb_blob_get_length(table) > 0;
    hb_blob_destroy(table);
    return present;
}

std::shared_ptr<const LoadedFace> loadFace(const std::string& fontFile) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::shared_ptr<LoadedFace>> faces;
    std::lock_guard lock(mutex);
    auto& slot = faces[fontFile];
    if (slot) return slot;
    slot = std::make_shared<LoadedFace>();
    std::string error;
    slot->file = MappedFile::open(fontFile, error);
    if (!slot->file) {
        slot->error = "cannot read font file: " + error;
        return slot;
    }
    const std::string_view bytes = slot->file->bytes();
    hb_blob_t* blob = hb_blob_create_or_fail(bytes.data(), static_cast<unsigned>(bytes.size()),
                                             HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    if (!blob) {
        slot->error = "cannot load font file";
        return slot;
    }
    slot->face.reset(hb_face_create(blob, 0));
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(slot->face.get()) == 0) {
        slot->error = "not a usable font file";
    } else if (!hasTable(slot->face.get(), "glyf")) {
        // libharu 2.3 embeds TrueType outlines only; say so instead of letting it fail later.
        slot->error = hasTable(slot->face.get(), "CFF ") || hasTable(slot->face.get(), "CFF2")
                          ? "the font has PostScript (CFF) outlines; only TrueType (glyf) fonts can be embedded"
                          : "the font has no TrueType outlines (glyf table)";
    }
    return slot;
}

// A big-endian integer of `size` bytes at `offset` of a font table; 0 past its end.
long tableInteger(hb_face_t* face, const char* tag, unsigned offset, unsigned size) {
    hb_blob_t* table = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
    unsigned length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(table, &length));
    unsigned long value = 0;
    if (offset + size <= length)
        for (unsigned i = 0; i < size; ++i) value = value << 8 | data[offset + i];
    hb_blob_destroy(table);
    // Sign-extend: the fields read here are int16 (FWORD) or 16.16 fixed.
    const unsigned long sign = 1ul << (size * 8 - 1);
    return value & sign ? static_cast<long>(value) - static_cast<long>(sign << 1) : static_cast<long>(value);
}

std::string postScriptName(hb_face_t* face) {
    char name[128] = {};
    unsigned size = sizeof name;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name);
    std::string out;
    // PDF names and the subset tag convention: printable ASCII without delimiters or spaces.
    for (const char* c = name; *c; ++c)
        if (*c > ' ' && *c < 127 && !std::strchr("()<>[]{}/%#", *c)) out += *c;
    return out.empty() ? "Font" : out;
}

// Metrics and per-code-point glyphs and widths, measured on the subset itself (its glyph ids
// are renumbered).
void measureSubset(hb_face_t* original, hb_face_t* subset, const std::vector<char32_t>& codePoints,
                   SubsetResult& result) {
    std::unique_ptr<hb_font_t, FontDeleter> font(hb_font_create(subset));
    const double upem = hb_face_get_upem(subset);
    hb_font_set_scale(font.get(), static_cast<int>(upem), static_cast<int>(upem));
    auto thousandths = [&](double units) { return static_cast<int>(std::lround(units * 1000.0 / upem)); };
    FontMetrics& m = result.metrics;
    m.postScriptName = postScriptName(original);
    hb_position_t value = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value))
        m.ascent = thousandths(value);
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value))
        m.descent = thousandths(value);
    m.capHeight = hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &value) ? thousandths(value)
                                                                                                : m.ascent;
    for (int i = 0; i < 4; ++i) m.bbox[i] = thousandths(tableInteger(subset, "head", 36 + 2 * i, 2));
    m.italicAngle = tableInteger(subset, "post", 4, 4) / 65536.0;
    result.glyphs.reserve(codePoints.size());
    result.widths.reserve(codePoints.size());
    for (char32_t cp : codePoints) {
        hb_codepoint_t glyph = 0;
        hb_font_get_nominal_glyph(font.get(), cp, &glyph);
        result.glyphs.push_back(static_cast<std::uint16_t>(glyph));
        result.widths.push_back(thousandths(hb_font_get_glyph_h_advance(font.get(), glyph)));
    }
}

}  // namespace

SubsetResult subsetFont(const std::string& fontFile, const std::vector<char32_t>& codePoints) {
    SubsetResult result;
    auto loaded = loadFace(fontFile);
    if (!loaded->error.empty()) {
        result.error = loaded->error;
        return result;
    }
    hb_face_t* face = loaded->face.get();
    std::unique_ptr<hb_font_t, FontDeleter> font(hb_font_create(face));
    std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
    if (!input) {
        result.error = "out of memory";
        return result;
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t cp : codePoints) {
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(font.get(), cp, &glyph)) result.missing.push_back(cp);
        hb_set_add(unicodes, cp);
    }
    // The typesetter already placed every glyph and libharu writes neither layout tables nor
    // hinting-dependent output worth their size, so drop both; this also makes subsetting fast.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* dropTables = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx",
                            "kerx", "DSIG", "hdmx", "LTSH", "VDMX", "vhea", "vmtx", "VORG"})
        hb_set_add(dropTables, hb_tag_from_string(tag, 4));

    Face subset(hb_subset_or_fail(face, input.get()));
    if (!subset) {
        result.error = "HarfBuzz could not subset the font";
        return result;
    }
    std::unique_ptr<hb_blob_t, BlobDeleter> blob(hb_face_reference_blob(subset.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob.get(), &length);
    result.bytes.assign(data, length);
    measureSubset(face, subset.get(), codePoints, result);
    return result;
}

}  // namespace brochure::render
