#pragma once
// Cuts a laid-out table grid into slices for the paginator (see TableSlicer).

#include <vector>

#include "typeset/slice.h"
#include "typeset/table_grid.h"
#include "typeset/table_layout.h"

namespace brochure::typeset {

// Appends the table's slices to `out`, planning each group of rows just before slicing it
// (planRows sets its `rowHeight`s) and freeing its shaping and content cells right after.
// `rowHeight` may grow (a cell spanning rows of a group that is broken row by row must fit
// its first row).
void sliceTable(Context& context, content::Table& table, const TablePlacement& placement, Grid& grid,
                const std::vector<double>& colX, std::vector<double>& rowHeight, std::vector<Slice>& out);

}  // namespace brochure::typeset
