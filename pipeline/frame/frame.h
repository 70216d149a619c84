#pragma once
// Pages of positioned Frame items: what typeset produces and every painter (PDF, text trace)
// consumes. Coordinates are points with the origin at the page's top-left corner and y growing
// downwards; the PDF painter flips them. Nothing here knows about libharu.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace brochure::frame {

// Ink fractions 0..1 (the print edition's colours).
struct Cmyk {
    float c = 0, m = 0, y = 0, k = 0;
    bool operator==(const Cmyk&) const = default;
};

struct Color {
    double r = 0, g = 0, b = 0;  // 0..1 sRGB (the screen edition)
    std::optional<Cmyk> cmyk = std::nullopt;  // exact inks for the print edition; else converted from r, g, b
    bool operator==(const Color&) const = default;
};

// One font face, identified by its file; painters embed it (subset to the glyphs used).
struct FontFace {
    std::string file;        // path to a TrueType (glyf) file
    std::string name;        // family + style, for diagnostics ("Noto Sans Bold")
    // A style the family has no file for, drawn from this file's outlines: bold strokes them
    // (fill and stroke, line width size/30), italic slants them (a skewed text matrix).
    bool syntheticBold = false;
    bool syntheticItalic = false;
};

// Kerning inside a text run: before the character that starts at byte `offset` of the run's
// text, the pen moves `dx` points more (negative = closer) than the glyph advances say.
struct Kern {
    std::uint32_t offset = 0;
    double dx = 0;
};

// A run of text drawn with one font at one size, starting at (x, baseline).
// Kerning and justification are already applied: each run is placed where the typesetter
// measured it, so painters never measure text. `width` includes `kerning`; a painter that
// draws the text with plain glyph advances (no kerning) must start a new text-out at each
// Kern offset, moved by the sum of the dx so far, or the run ends up wider than measured.
struct TextRun {
    double x = 0, baseline = 0;
    int font = 0;            // index into Document::fonts
    double size = 10;
    Color color{};
    std::string text;        // UTF-8; every character exists in the font
    double width = 0;        // measured advance, for links, underline and traces
    std::vector<Kern> kerning;  // in offset order; empty for most runs
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
    bool filled = true;
    Color fill{};
    double strokeWidth = 0;  // 0 = no stroke
    Color stroke{};
};

struct Line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    Color color{};
};

struct ImagePlacement {
    double x = 0, y = 0, width = 0, height = 0;
    std::string path;        // decoded and validated by the image loader before typesetting
};

// A clickable area: an external URI or an internal destination name.
struct Link {
    double x = 0, y = 0, width = 0, height = 0;
    std::string uri;         // "https://...", "mailto:..."; empty for internal links
    std::string destination; // name of a Destination (internal link)
};

// A named place that links, outline entries and the table of contents point to.
struct Destination {
    std::string name;
    double y = 0;
};

using Item = std::variant<TextRun, Rect, Line, ImagePlacement, Link, Destination>;

struct Page {
    double width = 595.276, height = 841.89;
    std::string label;       // printed page number ("3"); page labels in the PDF
    // A deque, not a vector: the paginator fills a page by moving the items of many small
    // slices into it; a vector's one large block (grown by doubling) could not reuse the
    // blocks the slices free, so a long table held its items twice at the end of pagination
    // (100,000 rows: 140 MB). A deque grows in small blocks that reuse them, and never copies.
    std::deque<Item> items;
};

struct OutlineEntry {
    std::string title;
    int level = 1;
    int page = 0;            // 0-based page index
    double y = 0;
};

struct Metadata {
    std::string title, author, subject, keywords, language = "en";
    std::int64_t date = 0;   // seconds since the epoch (SOURCE_DATE_EPOCH when set)
};

struct Document {
    Metadata metadata;
    std::vector<FontFace> fonts;
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;
};

}  // namespace brochure::frame
