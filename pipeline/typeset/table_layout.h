#pragma once
// Tables: column widths (fixed, percent, automatic from min/max content widths), wrapped cell
// text, borders, header/stripe/total backgrounds, colSpan and rowSpan; one slice per row (a
// rowSpan group is one slice so it stays on one page), the header as a slice that the
// paginator repeats on continuation pages.

#include <vector>

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/slice.h"

namespace brochure::typeset {

struct TablePlacement {
    double frameWidth = 0;       // width of the content box
    double pageHeight = 0;       // height of the content box: taller rows are split
    int tableId = 0;
    int section = 0;
    double gapBefore = 0;
};

// Consumes the table's cells: each row's cells are freed once the row is sliced (a long
// table's content would otherwise stay alive beside its slices). The rows themselves, their
// kinds, the columns and the style stay.
void layoutTable(Context& context, content::Table& table, const TablePlacement& placement,
                 std::vector<Slice>& out);

}  // namespace brochure::typeset
