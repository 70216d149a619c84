#pragma once
// A Slice is the unit of pagination: an unbreakable strip of positioned items (a paragraph
// line, a table row, a figure) with the rules that tie it to its neighbours. Layout turns
// blocks into slices; the paginator stacks slices onto pages.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frame/frame.h"

namespace brochure::typeset {

// A heading placed in a slice: becomes an outline entry and a TOC target once its page is known.
struct HeadingMark {
    std::string title;
    std::string anchor;
    int level = 1;
    bool inOutline = true;
    double y = 0;                // from the slice's top
};

// A text run whose text is a page number known only after pagination (TOC entries).
struct PageNumberField {
    std::size_t item = 0;        // index in Slice::items of a TextRun whose x is the right edge
    std::string anchor;
};

// How strongly a slice holds on to the next one. When a chain of kept slices is longer than a
// page, the paginator breaks it at the weakest link near the page foot.
enum class Keep : int {
    none = 0,
    tableStart = 1,   // a table's first rows (moves a table that starts at a page foot)
    lines = 2,        // widow/orphan pairs, a table's last two rows
    always = 3,       // a heading with what follows, a table header with its first row
};

struct Slice;

// Blocks set in columns, placed by the paginator: boxes side by side, each going on in its own
// column on the next page, or one stream flowing from column to column and page to page.
struct ColumnSet {
    std::vector<std::vector<Slice>> streams;  // one per box; the flowing form has one
    int count = 1;                            // columns on the page
    double width = 0;                         // of one column
    double gap = 0;
    bool flowing = false;
    bool balance = false;                     // flowing: even columns on the last page
};

struct Slice {
    double height = 0;                        // a column set: the least room it needs to start
    double gapBefore = 0;        // space above, dropped at the top of a page
    Keep keep = Keep::none;      // ties this slice to the next one
    bool breakBefore = false;    // starts a new page
    bool isFloat = false;        // a figure: may move down past following text
    int section = 0;             // index of the content section (page master, running header)
    int table = -1;              // slices of one table share an id
    int block = -1;              // the content block it comes from (Context::blocks), for diagnostics
    std::shared_ptr<const Slice> repeatHeader;  // table header to repeat on a continuation page
    // Drawn over this slice when it starts a continuation of its table (a merged group's value
    // repeated at the top of the next page or column); positions as in `items`.
    std::shared_ptr<const std::vector<frame::Item>> carry;
    std::shared_ptr<ColumnSet> columns;         // set: this slice stands for blocks in columns
    std::optional<frame::Line> footRule;        // a table's outer bottom rule, drawn when the table
                                                // continues on the next page after this slice
    std::vector<frame::Item> items;             // x from the content box's left, y from the slice top
    std::vector<HeadingMark> headings;
    std::vector<PageNumberField> pageNumbers;
};

// Moves every item by (dx, dy).
void translate(frame::Item& item, double dx, double dy);

// The box an item covers (a text run: its advance along the baseline; a destination: a point).
struct Bounds {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};
Bounds bounds(const frame::Item& item);

// How far an item may reach past its frame before it counts as outside: rounding in justified
// lines and half a rule's width, never a visible piece of content.
constexpr double kOutsideTolerance = 0.75;

}  // namespace brochure::typeset
