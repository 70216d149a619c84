#pragma once
// The grid of a table: every cell at its row and column (rowSpan and colSpan resolved), its
// text shaped and, once the column widths are known, its lines planned. Internal to the
// table layout.

#include <memory>
#include <string>
#include <vector>

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/inline_layout.h"

namespace brochure::typeset {

// A cell's text shaped and, once its column width is known, planned into lines. Held apart
// from the CellBox and only while needed (from its measuring or its rows' slicing until they
// are sliced): a long table cannot afford every cell's shaping at once (~2.8 KB a row).
struct ShapedCell {
    InlineText text;
    LineSettings settings;
    std::vector<LinePlan> lines;
};

struct CellBox {
    const content::TableCell* cell = nullptr;  // null once its rows are sliced and freed
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
    double contentHeight = 0;
    std::unique_ptr<ShapedCell> shaped;
};

struct Grid {
    int columns = 0;
    std::vector<CellBox> cells;              // in row order
    std::vector<std::size_t> firstCellOfRow; // index in cells, size rows+1
};

const content::TextStyle& rowTextStyle(const content::TableStyle& style, content::RowKind kind);

// "table 'jet', row 3" (1-based, header rows counted).
std::string tableWhere(const content::Table& table, std::size_t row);

// Places every cell on the grid, skipping the columns covered by rowSpans from above; extra
// cells are warned (T201) and left out.
Grid buildGrid(Context& context, const content::Table& table);

// Shapes the cells whose content widths decide the column widths: those of automatic columns,
// and every cell when a cell spanning columns touches an automatic one (its need is shared
// against the other columns' minimum widths). Fixed and percent columns need no measuring.
void shapeMeasuredCells(Context& context, const content::Table& table, Grid& grid);

// Column widths from the column specs and the shaped cells' min/max content widths (T203 when
// they cannot fit).
std::vector<double> columnWidths(Context& context, const content::Table& table, const Grid& grid, double tableWidth);

// Shapes (when not yet done) and plans the lines of the cells of rows [r, end), a group that
// holds every rowSpan starting in it, and sets those rows' heights: single-row cells first,
// then rowSpan cells stretch their last row. Done group by group as the table is sliced.
void planRows(Context& context, const content::Table& table, Grid& grid, const std::vector<double>& colX,
              std::size_t r, std::size_t end, std::vector<double>& rowHeight);

}  // namespace brochure::typeset
