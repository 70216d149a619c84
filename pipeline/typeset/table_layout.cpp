#include "typeset/table_layout.h"

#include <algorithm>
#include <numeric>

#include "typeset/inline_layout.h"
#include "typeset/table_grid.h"
#include "typeset/table_slicer.h"

namespace brochure::typeset {

void layoutTable(Context& context, const content::Table& table, const TablePlacement& placement, std::vector<Slice>& out) {
    const content::TableStyle& style = table.style;
    Grid grid = buildGrid(context, table);
    if (grid.columns == 0 || table.rows.empty()) return;
    for (CellBox& c : grid.cells) {
        const content::TableRow& row = table.rows[static_cast<std::size_t>(c.row)];
        c.text = shapeInline(context, c.cell->spans, tableWhere(table, static_cast<std::size_t>(c.row)),
                             &rowTextStyle(style, row.kind));
    }
    const double tableWidth = style.width > 0 ? std::min(style.width, placement.frameWidth) : placement.frameWidth;
    const std::vector<double> widths = columnWidths(context, table, grid, tableWidth);
    std::vector<double> colX(widths.size() + 1, 0.0);
    for (std::size_t i = 0; i < widths.size(); ++i) colX[i + 1] = colX[i] + widths[i];

    // Row heights: single-row cells first, then rowSpan cells stretch their last row.
    const std::size_t rows = table.rows.size();
    std::vector<double> rowHeight(rows, 0.0);
    for (std::size_t r = 0; r < rows; ++r)
        rowHeight[r] = emptyLineHeight(rowTextStyle(style, table.rows[r].kind), style.lineHeight) + 2 * style.padding;
    for (CellBox& c : grid.cells) {
        const std::size_t col = static_cast<std::size_t>(c.col);
        LineSettings& settings = c.settings;
        settings.width = colX[col + static_cast<std::size_t>(c.colSpan)] - colX[col] - 2 * style.padding;
        settings.align = c.cell->align ? *c.cell->align
                         : col < table.columns.size() ? table.columns[col].align
                                                      : content::Align::left;
        settings.lineHeight = style.lineHeight;
        c.lines = planLines(context, c.text, settings);
        for (const LinePlan& line : c.lines) c.contentHeight += line.height;
        if (c.rowSpan == 1)
            rowHeight[static_cast<std::size_t>(c.row)] =
                std::max(rowHeight[static_cast<std::size_t>(c.row)], c.contentHeight + 2 * style.padding);
    }
    for (const CellBox& c : grid.cells) {
        if (c.rowSpan == 1) continue;
        const auto first = rowHeight.begin() + c.row, last = first + c.rowSpan;
        const double need = c.contentHeight + 2 * style.padding - std::accumulate(first, last, 0.0);
        if (need > 0) *(last - 1) += need;
    }

    sliceTable(context, table, placement, grid, colX, rowHeight, out);
}

}  // namespace brochure::typeset
