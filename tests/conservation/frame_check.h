#pragma once
// The frame invariant of issue 14, checked on the typesetter's output (the frame::Document the
// trace painter prints): every item placed on a page lies inside that page's frame.
//
// A page's master is found by its size (the generator gives every master of a document its own
// size). With the master's margins m and page size W x H (points, origin top-left, y down):
//
//   content area  [m.left, W - m.right] x [m.top, H - m.bottom]   every item of the body
//   header area   [m.left, W - m.right] x [0, m.top]              running header lines, header rule
//   footer area   [m.left, W - m.right] x [H - m.bottom, H]       running footer lines
//   the page      [0, W] x [0, H]                                 the master's background only
//
// An item's box: a text run spans [x, x + width] and, vertically, [baseline - 0.7 size,
// baseline + 0.2 size] (the cap height above, most of a descender below); a rectangle, image or
// link its box; a line its end points; a destination its y. Strokes are measured by their
// path: a table's border drawn on the frame's edge is inside, though half its ink is not.
// A tolerance of 0.5 pt absorbs rounding. A text run counts as a running element only when all
// its words are words of the masters' header and footer texts, section titles, the document
// title or page numbers; body text that strays into a margin is therefore still caught.

#include <string>
#include <vector>

#include "content/content.h"
#include "frame/frame.h"

namespace brochure::conservation {

// One line per item outside its frame (page number and the item as the trace painter prints
// it), at most `limit` lines; empty when every item is inside.
std::vector<std::string> itemsOutsideFrame(const content::Document& content, const frame::Document& pages,
                                           std::size_t limit = 5);

}  // namespace brochure::conservation
