#pragma once
// The table of contents: one line per heading (title, dotted leader, page number), each a link
// to the heading's destination. Its height does not depend on the page numbers (their column
// is reserved), so it is laid out once; the numbers are filled in after pagination.

#include <vector>

#include "content/content.h"
#include "typeset/block_layout.h"
#include "typeset/context.h"
#include "typeset/slice.h"

namespace brochure::typeset {

void layoutTableOfContents(Context& context, const content::TableOfContents& toc, const std::vector<TocEntry>& entries,
                           double width, int section, std::vector<Slice>& out);

}  // namespace brochure::typeset
