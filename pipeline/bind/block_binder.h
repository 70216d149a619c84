#pragma once
// The blocks of a section (heading, paragraph, prose, list, table, pivot, image, qr, chart, toc,
// page-break, spacer, columns, with) -> content blocks.

#include "bind/context.h"
#include "content/content.h"

#include <vector>

namespace brochure::bind {

// How many data-bound blocks (table, pivot, chart, with) a run of blocks had, and how many of
// them had rows: a section whose data blocks all came back empty is left out.
struct DataCount {
    int blocks = 0;
    int withRows = 0;
};

void bindBlocks(const layoutdef::Node& parent, const Context& context, std::vector<content::Block>& out,
                DataCount& data);

}  // namespace brochure::bind
