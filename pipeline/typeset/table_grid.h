#pragma once
// The grid of a table: every cell at its row and column (rowSpan and colSpan resolved), its
// text shaped and, once the column widths are known, its lines planned. Internal to the
// table layout.

#include <string>
#include <vector>

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/inline_layout.h"

namespace brochure::typeset {

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

const content::TextStyle& rowTextStyle(const content::TableStyle& style, content::RowKind kind);

// "table 'jet', row 3" (1-based, header rows counted).
std::string tableWhere(const content::Table& table, std::size_t row);

// Places every cell on the grid, skipping the columns covered by rowSpans from above; extra
// cells are warned (T201) and left out.
Grid buildGrid(Context& context, const content::Table& table);

// Column widths from the column specs and the cells' min/max content widths (T203 when they
// cannot fit).
std::vector<double> columnWidths(Context& context, const content::Table& table, const Grid& grid, double tableWidth);

}  // namespace brochure::typeset
