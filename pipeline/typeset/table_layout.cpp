#include "typeset/table_layout.h"

#include <algorithm>

#include "typeset/table_grid.h"
#include "typeset/table_slicer.h"

namespace brochure::typeset {

void layoutTable(Context& context, content::Table& table, const TablePlacement& placement, std::vector<Slice>& out) {
    const content::TableStyle& style = table.style;
    Grid grid = buildGrid(context, table);
    if (grid.columns == 0 || table.rows.empty()) return;
    // Only the cells that decide column widths are shaped now; the others are shaped, planned
    // and freed group by group while slicing (planRows), so the peak memory of a long table is
    // not every cell's shaping at once.
    shapeMeasuredCells(context, table, grid);
    const double tableWidth = style.width > 0 ? std::min(style.width, placement.frameWidth) : placement.frameWidth;
    const std::vector<double> widths = columnWidths(context, table, grid, tableWidth);
    std::vector<double> colX(widths.size() + 1, 0.0);
    for (std::size_t i = 0; i < widths.size(); ++i) colX[i + 1] = colX[i] + widths[i];

    std::vector<double> rowHeight(table.rows.size(), 0.0);
    sliceTable(context, table, placement, grid, colX, rowHeight, out);
}

}  // namespace brochure::typeset
