#pragma once
// Inline layout: spans of styled text -> measured pieces cut at Unicode line-break opportunities
// (libunibreak, UAX #14, "ja" rules for Japanese; shape_inline.cpp) -> lines of positioned text
// runs, underlines and link rectangles (line_layout.cpp). First-fit greedy breaking; a word
// wider than the line starts a line of its own and breaks between characters (as CSS
// overflow-wrap: anywhere), never sharing a line with the end of the word before it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/content.h"
#include "frame/frame.h"
#include "typeset/context.h"
#include "typeset/line_breaks.h"

namespace brochure::typeset {

// Text between two break opportunities, in one span and one face: the unit of line breaking.
// Whitespace forms pieces of its own so it can stretch (justify) and vanish at line ends.
struct Piece {
    std::uint32_t begin = 0, end = 0;  // byte range in InlineText::text
    std::uint32_t span = 0;            // index in InlineText::spans
    int face = -1;
    double width = 0;                  // points
    const std::vector<FontBook::KernPair>* kerning = nullptr;  // em, inside the piece; null when none
    bool space = false;
    bool newline = false;
    BreakAfter breakAfter = BreakAfter::none;
};

struct InlineText {
    std::string text;                             // all spans, concatenated
    std::vector<const content::Span*> spans;      // borrowed from the content tree
    std::vector<const content::TextStyle*> styles;  // per span: its own style or the base style
    std::vector<Piece> pieces;

    bool empty() const { return pieces.empty(); }
    double minContentWidth() const;               // widest run that cannot break
    double maxContentWidth() const;               // everything on one line (per hard line)
};

// Cuts and measures `spans`. A character no font of the style has is dropped with a warning
// T101 naming `where` (e.g. "table 'jet', row 3"). A span whose style is the default
// TextStyle{} takes `baseStyle` when given (table cells take the table's row style).
InlineText shapeInline(Context& context, const std::vector<content::Span>& spans, std::string_view where,
                       const content::TextStyle* baseStyle = nullptr);

// Sets a piece's width and kerning from its text (FontBook cache).
void measurePiece(Context& context, const InlineText& text, Piece& piece);

struct LineSettings {
    double width = 0;              // the box the lines are set in
    double leftIndent = 0;
    double firstLineIndent = 0;
    content::Align align = content::Align::left;
    double lineHeight = 1.25;      // multiple of the font size
};

struct LineBox {
    double height = 0;
    double baseline = 0;           // from the line's top
    std::vector<frame::Item> items;  // x from the box's left edge, y from the line's top
};

// Where the lines break and how tall they are, before anything is placed. May split pieces
// wider than the line into characters.
struct LinePlan {
    std::uint32_t begin = 0, end = 0;  // pieces [begin, end)
    bool endsHard = false;             // mandatory break or end of text: never justified
    double height = 0;
    double baseline = 0;               // from the line's top
};
std::vector<LinePlan> planLines(Context& context, InlineText& text, const LineSettings& settings);

// Appends one planned line's items to `out`, its top-left corner moved to (dx, dy).
void emitLine(Context& context, const InlineText& text, const LineSettings& settings, const LinePlan& plan,
              bool firstLine, double dx, double dy, std::vector<frame::Item>& out);

// planLines + emitLine for every line, each line's items in a box of its own.
std::vector<LineBox> breakLines(Context& context, InlineText& text, const LineSettings& settings);

// Height of an empty line in `style` (empty table cells, empty paragraphs).
double emptyLineHeight(const content::TextStyle& style, double lineHeight);

}  // namespace brochure::typeset
