#include "typeset/table_layout.h"

#include <algorithm>
#include <numeric>

#include "typeset/inline_layout.h"

namespace brochure::typeset {
namespace {

struct CellBox {
    const content::TableCell* cell = nullptr;
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
    InlineText text;
    LineSettings settings;
    std::vector<LinePlan> lines;
    double contentHeight = 0;
};

struct Grid {
    int columns = 0;
    std::vector<CellBox> cells;              // in row order
    std::vector<std::size_t> firstCellOfRow; // index in cells, size rows+1
};

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

// Places every cell on the grid, skipping the columns covered by rowSpans from above.
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

// A piece of an inner rule: along row boundary `at` (horizontal, from x `from` to `to`) or
// column boundary `at` (vertical, y range).
struct Edge {
    std::size_t at = 0;
    double from = 0, to = 0;
};

struct Borders {
    const content::TableStyle& style;

    // One line per run of touching edges, so a plain row gets one horizontal rule and one
    // vertical rule per column boundary (a small PDF), whatever its number of cells.
    void edges(std::vector<frame::Item>& items, std::vector<Edge>& list, const std::vector<double>& colX,
               const std::vector<double>& rowTop, std::size_t firstRow, bool verticalEdges) const {
        if (style.inner.width <= 0 || list.empty()) return;
        std::sort(list.begin(), list.end(),
                  [](const Edge& a, const Edge& b) { return a.at != b.at ? a.at < b.at : a.from < b.from; });
        for (std::size_t i = 0; i < list.size();) {
            Edge run = list[i++];
            while (i < list.size() && list[i].at == run.at && list[i].from <= run.to + 1e-6) run.to = std::max(run.to, list[i++].to);
            if (verticalEdges) line(items, colX[run.at], run.from, colX[run.at], run.to, style.inner);
            else {
                const double y = rowTop[run.at - firstRow];
                line(items, run.from, y, run.to, y, style.inner);
            }
        }
    }

    void line(std::vector<frame::Item>& items, double x1, double y1, double x2, double y2, const content::Border& b) const {
        if (b.width <= 0) return;
        items.emplace_back(frame::Line{x1, y1, x2, y2, b.width, toFrame(b.color)});
    }
};

}  // namespace

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

    // Groups of rows tied by rowSpans become one slice each; the header rows form one slice.
    std::size_t headerRows = 0;
    while (headerRows < rows && table.rows[headerRows].kind == content::RowKind::header) ++headerRows;
    std::vector<std::size_t> groupEnd(rows, 0);  // for a group's first row: one past its last row
    {
        std::size_t r = 0;
        while (r < rows) {
            std::size_t end = r + 1;
            if (r < headerRows) end = headerRows;
            for (std::size_t q = r; q < end; ++q)
                for (std::size_t ci = grid.firstCellOfRow[q]; ci < grid.firstCellOfRow[q + 1]; ++ci)
                    end = std::max(end, q + static_cast<std::size_t>(grid.cells[ci].rowSpan));
            groupEnd[r] = end;
            r = end;
        }
    }

    const Borders borders{style};
    const std::size_t firstSlice = out.size();
    std::shared_ptr<const Slice> header;
    std::size_t bodyIndex = 0;
    std::vector<Edge> horizontal, vertical;
    for (std::size_t r = 0; r < rows; r = groupEnd[r]) {
        const std::size_t end = groupEnd[r];
        Slice slice;
        slice.table = placement.tableId;
        slice.section = placement.section;
        std::vector<double> rowTop(end - r + 1, 0.0);
        for (std::size_t q = r; q < end; ++q) rowTop[q - r + 1] = rowTop[q - r] + rowHeight[q];
        slice.height = rowTop.back();
        auto& items = slice.items;
        items.reserve(4 * (grid.firstCellOfRow[end] - grid.firstCellOfRow[r]) + 4);
        // Backgrounds: the row's, then any cell's own.
        for (std::size_t q = r; q < end; ++q) {
            const content::RowKind kind = table.rows[q].kind;
            std::optional<content::Color> fill;
            if (kind == content::RowKind::header) fill = style.headerBackground;
            else if (kind == content::RowKind::total) fill = style.totalBackground;
            else if (bodyIndex++ % 2 == 1) fill = style.stripeBackground;
            if (fill)
                items.emplace_back(frame::Rect{0, rowTop[q - r], colX.back(), rowHeight[q], true, toFrame(*fill), 0, {}});
        }
        const std::size_t cellsBegin = grid.firstCellOfRow[r], cellsEnd = grid.firstCellOfRow[end];
        horizontal.clear();
        vertical.clear();
        for (std::size_t ci = cellsBegin; ci < cellsEnd; ++ci) {
            const CellBox& c = grid.cells[ci];
            if (!c.cell->background) continue;
            const std::size_t col = static_cast<std::size_t>(c.col);
            const std::size_t top = static_cast<std::size_t>(c.row) - r;
            items.emplace_back(frame::Rect{colX[col], rowTop[top], colX[col + static_cast<std::size_t>(c.colSpan)] - colX[col],
                                        rowTop[top + static_cast<std::size_t>(c.rowSpan)] - rowTop[top], true,
                                        toFrame(*c.cell->background), 0, {}});
        }
        // Text, then the inner rules on each cell's right and bottom edges.
        for (std::size_t ci = cellsBegin; ci < cellsEnd; ++ci) {
            CellBox& c = grid.cells[ci];
            const std::size_t col = static_cast<std::size_t>(c.col);
            const std::size_t top = static_cast<std::size_t>(c.row) - r;
            const double x = colX[col], right = colX[col + static_cast<std::size_t>(c.colSpan)];
            const double y = rowTop[top], bottom = rowTop[top + static_cast<std::size_t>(c.rowSpan)];
            double lineY = y + style.padding;
            for (std::size_t li = 0; li < c.lines.size(); ++li) {
                emitLine(context, c.text, c.settings, c.lines[li], li == 0, x + style.padding, lineY, items);
                lineY += c.lines[li].height;
            }
            c.lines = {};
            c.text = {};  // done with this cell: free its memory now
            const std::size_t rightCol = col + static_cast<std::size_t>(c.colSpan);
            if (rightCol < colX.size() - 1) vertical.push_back({rightCol, y, bottom});
            const std::size_t below = static_cast<std::size_t>(c.row + c.rowSpan);
            if (below < rows) horizontal.push_back({below, x, right});
        }
        borders.edges(items, horizontal, colX, rowTop, r, false);
        borders.edges(items, vertical, colX, rowTop, r, true);
        // The outer frame: sides on every slice, top on the header (repeated), bottom at the end.
        borders.line(items, 0, 0, 0, slice.height, style.outer);
        borders.line(items, colX.back(), 0, colX.back(), slice.height, style.outer);
        if (r == 0) borders.line(items, 0, 0, colX.back(), 0, style.outer);
        if (end == rows) borders.line(items, 0, slice.height, colX.back(), slice.height, style.outer);
        if (r == 0 && headerRows > 0) {
            slice.keep = Keep::always;
            header = std::make_shared<const Slice>(slice);
        } else {
            slice.repeatHeader = header;
        }
        out.push_back(std::move(slice));
    }
    out[firstSlice].gapBefore = placement.gapBefore;

    // Never a table start with fewer than three rows under its header at a page foot, never
    // one row alone on the next page.
    const std::size_t bodyFirst = firstSlice + (headerRows > 0 ? 1 : 0);
    const std::size_t count = out.size();
    for (std::size_t i = bodyFirst; i < std::min(bodyFirst + 2, count - 1); ++i) out[i].keep = Keep::tableStart;
    if (count - bodyFirst >= 2) out[count - 2].keep = Keep::lines;
    (void)placement.pageHeight;
}

}  // namespace brochure::typeset
