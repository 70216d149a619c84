#include "typeset/table_grid.h"

#include <algorithm>
#include <numeric>

namespace brochure::typeset {

const content::TextStyle& rowTextStyle(const content::TableStyle& style, content::RowKind kind) {
    switch (kind) {
        case content::RowKind::header: return style.headerText;
        case content::RowKind::total: return style.totalText;
        case content::RowKind::body: break;
    }
    return style.bodyText;
}

std::string tableWhere(const content::Table& table, std::size_t row) {
    return "table '" + table.name + "', row " + std::to_string(row + 1);
}

Grid buildGrid(Context& context, const content::Table& table) {
    Grid grid;
    grid.columns = static_cast<int>(table.columns.size());
    if (grid.columns == 0)
        for (const content::TableRow& row : table.rows) {
            int width = 0;
            for (const content::TableCell& cell : row.cells) width += std::max(1, cell.colSpan);
            grid.columns = std::max(grid.columns, width);
        }
    const int rows = static_cast<int>(table.rows.size());
    std::vector<int> coveredUntil(static_cast<std::size_t>(grid.columns), -1);  // last row covered
    grid.cells.reserve(table.rows.size() * static_cast<std::size_t>(std::max(1, grid.columns)));
    bool warnedOverflow = false;
    for (int r = 0; r < rows; ++r) {
        grid.firstCellOfRow.push_back(grid.cells.size());
        const content::TableRow& row = table.rows[static_cast<std::size_t>(r)];
        int col = 0;
        for (const content::TableCell& cell : row.cells) {
            while (col < grid.columns && coveredUntil[static_cast<std::size_t>(col)] >= r) ++col;
            const int colSpan = std::clamp(cell.colSpan, 1, std::max(1, grid.columns - col));
            if (col >= grid.columns) {
                if (!warnedOverflow)
                    context.warn("T201", tableWhere(table, static_cast<std::size_t>(r)) + " has more cells than the table's " +
                                             std::to_string(grid.columns) + " columns; the extra cells are left out",
                                 "check the colSpan and rowSpan values of this row and the rows above");
                warnedOverflow = true;
                break;
            }
            CellBox box;
            box.cell = &cell;
            box.row = r;
            box.col = col;
            box.colSpan = colSpan;
            box.rowSpan = std::clamp(cell.rowSpan, 1, rows - r);
            for (int c = col; c < col + colSpan; ++c) coveredUntil[static_cast<std::size_t>(c)] = r + box.rowSpan - 1;
            grid.cells.push_back(std::move(box));
            col += colSpan;
        }
    }
    grid.firstCellOfRow.push_back(grid.cells.size());
    return grid;
}

namespace {

bool automaticColumn(const content::Table& table, std::size_t col) {
    return col >= table.columns.size() || table.columns[col].widthKind == content::ColumnSpec::Width::automatic;
}

void shapeCell(Context& context, const content::Table& table, CellBox& c) {
    if (c.shaped) return;
    const content::TableRow& row = table.rows[static_cast<std::size_t>(c.row)];
    c.shaped = std::make_unique<ShapedCell>();
    c.shaped->text = shapeInline(context, c.cell->spans, tableWhere(table, static_cast<std::size_t>(c.row)),
                                 &rowTextStyle(table.style, row.kind));
}

}  // namespace

void shapeMeasuredCells(Context& context, const content::Table& table, Grid& grid) {
    bool all = false;
    for (const CellBox& c : grid.cells)
        for (int col = c.col; c.colSpan > 1 && col < c.col + c.colSpan; ++col)
            all = all || automaticColumn(table, static_cast<std::size_t>(col));
    for (CellBox& c : grid.cells) {
        bool measured = all;
        for (int col = c.col; !measured && col < c.col + c.colSpan; ++col)
            measured = automaticColumn(table, static_cast<std::size_t>(col));
        if (measured) shapeCell(context, table, c);
    }
}

void planRows(Context& context, const content::Table& table, Grid& grid, const std::vector<double>& colX,
              std::size_t r, std::size_t end, std::vector<double>& rowHeight) {
    const content::TableStyle& style = table.style;
    for (std::size_t q = r; q < end; ++q)
        rowHeight[q] = emptyLineHeight(rowTextStyle(style, table.rows[q].kind), style.lineHeight) + 2 * style.padding;
    const std::size_t first = grid.firstCellOfRow[r], last = grid.firstCellOfRow[end];
    for (std::size_t ci = first; ci < last; ++ci) {
        CellBox& c = grid.cells[ci];
        shapeCell(context, table, c);
        const std::size_t col = static_cast<std::size_t>(c.col);
        LineSettings& settings = c.shaped->settings;
        settings.width = colX[col + static_cast<std::size_t>(c.colSpan)] - colX[col] - 2 * style.padding;
        settings.align = c.cell->align ? *c.cell->align
                         : col < table.columns.size() ? table.columns[col].align
                                                      : content::Align::left;
        settings.lineHeight = style.lineHeight;
        c.shaped->lines = planLines(context, c.shaped->text, settings);
        for (const LinePlan& line : c.shaped->lines) c.contentHeight += line.height;
        if (c.rowSpan == 1)
            rowHeight[static_cast<std::size_t>(c.row)] =
                std::max(rowHeight[static_cast<std::size_t>(c.row)], c.contentHeight + 2 * style.padding);
    }
    for (std::size_t ci = first; ci < last; ++ci) {
        const CellBox& c = grid.cells[ci];
        if (c.rowSpan == 1) continue;
        const auto top = rowHeight.begin() + c.row, bottom = top + c.rowSpan;
        const double need = c.contentHeight + 2 * style.padding - std::accumulate(top, bottom, 0.0);
        if (need > 0) *(bottom - 1) += need;
    }
}

std::vector<double> columnWidths(Context& context, const content::Table& table, const Grid& grid, double tableWidth) {
    const std::size_t n = static_cast<std::size_t>(grid.columns);
    const double pad = 2 * table.style.padding;
    std::vector<double> minW(n, pad), maxW(n, pad);
    // Unshaped cells are in fixed or percent columns, whose widths they do not change.
    for (const CellBox& c : grid.cells) {
        if (c.colSpan != 1 || !c.shaped) continue;
        const std::size_t col = static_cast<std::size_t>(c.col);
        minW[col] = std::max(minW[col], c.shaped->text.minContentWidth() + pad);
        maxW[col] = std::max(maxW[col], c.shaped->text.maxContentWidth() + pad);
    }
    // A spanning cell wider than its columns widens them evenly.
    for (const CellBox& c : grid.cells) {
        if (c.colSpan == 1 || !c.shaped) continue;
        const auto first = minW.begin() + c.col, last = first + c.colSpan;
        const double need = c.shaped->text.minContentWidth() + pad - std::accumulate(first, last, 0.0);
        if (need > 0)
            for (auto it = first; it != last; ++it) *it += need / c.colSpan;
    }
    std::vector<double> widths(n, 0.0);
    double fixed = 0;
    std::vector<std::size_t> automatic;
    for (std::size_t i = 0; i < n; ++i) {
        const content::ColumnSpec spec = i < table.columns.size() ? table.columns[i] : content::ColumnSpec{};
        if (spec.widthKind == content::ColumnSpec::Width::fixed) widths[i] = spec.width;
        else if (spec.widthKind == content::ColumnSpec::Width::percent) widths[i] = spec.width * tableWidth / 100.0;
        else automatic.push_back(i);
        fixed += widths[i];
    }
    const double remaining = tableWidth - fixed;
    double sumMin = 0, sumMax = 0;
    for (std::size_t i : automatic) {
        maxW[i] = std::max(maxW[i], minW[i]);
        sumMin += minW[i];
        sumMax += maxW[i];
    }
    if (!automatic.empty()) {
        if (sumMax <= remaining) {
            // Everything fits on one line: share the spare room in proportion to the content.
            for (std::size_t i : automatic) widths[i] = maxW[i] + (remaining - sumMax) * maxW[i] / sumMax;
        } else if (sumMin < remaining) {
            const double t = (remaining - sumMin) / (sumMax - sumMin);
            for (std::size_t i : automatic) widths[i] = minW[i] + (maxW[i] - minW[i]) * t;
        } else {
            for (std::size_t i : automatic) widths[i] = std::max(0.0, remaining) * minW[i] / sumMin;
            context.warn("T203", "table '" + table.name + "' is too narrow for its longest words; they break inside",
                         "give the table more width or fewer columns");
        }
    } else if (fixed > tableWidth + 0.5) {
        context.warn("T203", "the fixed and percent columns of table '" + table.name + "' are wider than the frame",
                     "reduce the column widths");
    }
    return widths;
}

}  // namespace brochure::typeset
