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

std::vector<double> columnWidths(Context& context, const content::Table& table, const Grid& grid, double tableWidth) {
    const std::size_t n = static_cast<std::size_t>(grid.columns);
    const double pad = 2 * table.style.padding;
    std::vector<double> minW(n, pad), maxW(n, pad);
    for (const CellBox& c : grid.cells) {
        if (c.colSpan != 1) continue;
        const std::size_t col = static_cast<std::size_t>(c.col);
        minW[col] = std::max(minW[col], c.text.minContentWidth() + pad);
        maxW[col] = std::max(maxW[col], c.text.maxContentWidth() + pad);
    }
    // A spanning cell wider than its columns widens them evenly.
    for (const CellBox& c : grid.cells) {
        if (c.colSpan == 1) continue;
        const auto first = minW.begin() + c.col, last = first + c.colSpan;
        const double need = c.text.minContentWidth() + pad - std::accumulate(first, last, 0.0);
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
