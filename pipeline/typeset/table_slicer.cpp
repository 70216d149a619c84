#include "typeset/table_slicer.h"

#include <algorithm>
#include <memory>
#include <optional>

#include "typeset/page_limit.h"

namespace brochure::typeset {
namespace {

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

// Cuts the laid-out grid into slices: the header rows as one slice (repeated by the
// paginator), each group of rows tied by rowSpans as one slice while it fits a page, else one
// slice per row (the spanning cell's text in its first row), and a single row taller than a
// page in pieces between its lines.
class TableSlicer {
public:
    TableSlicer(Context& context, content::Table& table, const TablePlacement& placement, Grid& grid,
                const std::vector<double>& colX, std::vector<double>& rowHeight)
        : context_(context), table_(table), style_(table.style), placement_(placement), grid_(grid), colX_(colX),
          rowHeight_(rowHeight), rows_(table.rows.size()) {
        while (headerRows_ < rows_ && table.rows[headerRows_].kind == content::RowKind::header) ++headerRows_;
        reachFrom_.resize(rows_);
        for (std::size_t r = 0; r < rows_; ++r) reachFrom_[r] = r;
        for (const CellBox& c : grid.cells)
            for (std::size_t q = static_cast<std::size_t>(c.row) + 1; q < static_cast<std::size_t>(c.row + c.rowSpan); ++q)
                reachFrom_[q] = std::min(reachFrom_[q], static_cast<std::size_t>(c.row));
        std::size_t body = 0;
        for (std::size_t r = 0; r < rows_; ++r) {
            const content::RowKind kind = table.rows[r].kind;
            if (kind == content::RowKind::header) fill_.push_back(style_.headerBackground);
            else if (kind == content::RowKind::total) fill_.push_back(style_.totalBackground);
            else fill_.push_back(body++ % 2 == 1 ? style_.stripeBackground : std::nullopt);
        }
    }

    void run(std::vector<Slice>& out) {
        const std::size_t firstSlice = out.size();
        double limit = placement_.pageHeight;
        std::size_t counted = firstSlice;
        for (std::size_t r = 0; r < rows_;) {
            const std::size_t end = groupEnd(r);
            planRows(context_, table_, grid_, colX_, r, end, rowHeight_);
            if (r < headerRows_) unit(r, end, limit, out);
            else group(r, end, limit, out);
            if (r == 0 && headerRows_ > 0) {
                out.back().keep = Keep::always;
                header_ = std::make_shared<const Slice>(out.back());
                limit = placement_.pageHeight - header_->height;
            }
            release(r, end);
            r = end;
            double height = 0;
            for (std::size_t q = counted; q < out.size(); ++q) height += out[q].height;
            counted = out.size();
            if (!countLaidOut(context_, height, placement_.pageHeight)) return;
        }
        out[firstSlice].gapBefore = placement_.gapBefore;
        // Never a table start with fewer than three rows under its header at a page foot, never
        // one row alone on the next page.
        const std::size_t bodyFirst = firstSlice + (headerRows_ > 0 ? 1 : 0);
        const std::size_t count = out.size();
        for (std::size_t i = bodyFirst; i < std::min(bodyFirst + 2, count - 1); ++i)
            out[i].keep = std::max(out[i].keep, Keep::tableStart);
        if (count - bodyFirst >= 2) out[count - 2].keep = std::max(out[count - 2].keep, Keep::lines);
    }

private:
    struct Window {
        std::size_t from = 0, to = 0;  // lines of a cell shown in a piece of a split row
    };

    // The shaped text, line plans and content cells of rows [r, end), once they are in slices:
    // a group holds every rowSpan that starts in it, so no later slice needs them. Keeps the
    // peak memory of a long table at its items, not its items plus every cell's shaping and
    // content (~4.5 KB a row together).
    void release(std::size_t r, std::size_t end) {
        for (std::size_t ci = grid_.firstCellOfRow[r]; ci < grid_.firstCellOfRow[end]; ++ci) {
            CellBox& c = grid_.cells[ci];
            c.shaped.reset();
            c.cell = nullptr;
        }
        for (std::size_t q = r; q < end; ++q) std::vector<content::TableCell>().swap(table_.rows[q].cells);
    }

    std::size_t groupEnd(std::size_t r) const {
        std::size_t end = r < headerRows_ ? headerRows_ : r + 1;
        for (std::size_t q = r; q < end; ++q)
            for (std::size_t ci = grid_.firstCellOfRow[q]; ci < grid_.firstCellOfRow[q + 1]; ++ci)
                end = std::max(end, q + static_cast<std::size_t>(grid_.cells[ci].rowSpan));
        return end;
    }

    // Body rows [r, end), tied by cells spanning rows (a merged group): a slice per row (or per
    // piece of a row taller than a page). The group may break between two rows where the text of
    // every cell spanning them fits above the break and again below it, where it is repeated
    // (Slice::carry); elsewhere its rows are kept together, and throughout with keep="yes".
    void group(std::size_t r, std::size_t end, double limit, std::vector<Slice>& out) {
        std::vector<std::size_t> spans;  // the cells spanning rows, in row order
        for (std::size_t ci = grid_.firstCellOfRow[r]; ci < grid_.firstCellOfRow[end]; ++ci)
            if (grid_.cells[ci].rowSpan > 1) spans.push_back(ci);
        std::vector<double> top(end - r + 1, 0.0);  // row tops from the group's top
        for (std::size_t q = r; q < end; ++q) top[q - r + 1] = top[q - r] + rowHeight_[q];
        std::vector<double> since(spans.size(), 0.0);  // per span: height since its text was last set
        std::vector<std::size_t> active, carried;      // spans covering the row; those the carry shows
        std::shared_ptr<const std::vector<frame::Item>> carry;
        std::size_t nextSpan = 0;
        for (std::size_t q = r; q < end; ++q) {
            const auto ended = [&](std::size_t a) { return spanEnd(spans[a]) <= q; };
            active.erase(std::remove_if(active.begin(), active.end(), ended), active.end());
            bool breakable = q > r;
            for (std::size_t a : active) {
                const CellBox& c = grid_.cells[spans[a]];
                const double text = c.contentHeight + 2 * style_.padding;
                const double below = top[spanEnd(spans[a]) - r] - top[q - r];
                breakable = breakable && !c.cell->keepRows && since[a] >= text - 1e-6 && below >= text - 1e-6;
            }
            if (q > r && !breakable) out.back().keep = std::max(out.back().keep, Keep::always);
            if (breakable)
                for (std::size_t a : active) since[a] = 0;
            if (active != carried) {
                carried = active;
                carry = active.empty() ? nullptr : carryItems(spans, active);
            }
            while (nextSpan < spans.size() && static_cast<std::size_t>(grid_.cells[spans[nextSpan]].row) == q) {
                const CellBox& c = grid_.cells[spans[nextSpan]];
                if (c.contentHeight + 2 * style_.padding > limit + 1e-6) tooTall(c);
                else active.push_back(nextSpan);  // a value taller than a page is never repeated
                ++nextSpan;
            }
            const std::size_t first = out.size();
            unit(q, q + 1, limit, out);
            out[first].carry = carry;
            for (std::size_t a : active) since[a] += rowHeight_[q];
        }
    }

    // A merged value taller than a page: no row break can keep it whole on a page.
    void tooTall(const CellBox& c) {
        if (!context_.unplaceable.insert(context_.currentBlock).second) return;
        context_.errorAt(context_.currentBlock, "T602",
                         tableWhere(table_, static_cast<std::size_t>(c.row)) + ": the merged value is " +
                             std::to_string(static_cast<int>(c.contentHeight + 2 * style_.padding + 0.5)) +
                             "pt tall, taller than a page; it cannot be placed",
                         "shorten the merged column's text or give the page more room");
    }

    std::size_t spanEnd(std::size_t ci) const {
        return static_cast<std::size_t>(grid_.cells[ci].row + grid_.cells[ci].rowSpan);
    }

    // The text of spanning cells set at the top of a row, as at the top of their first row.
    std::shared_ptr<const std::vector<frame::Item>> carryItems(const std::vector<std::size_t>& spans,
                                                              const std::vector<std::size_t>& shown) {
        auto items = std::make_shared<std::vector<frame::Item>>();
        for (std::size_t a : shown) {
            const CellBox& c = grid_.cells[spans[a]];
            const ShapedCell& shaped = *c.shaped;
            double lineY = style_.padding;
            for (std::size_t li = 0; li < shaped.lines.size(); ++li) {
                emitLine(context_, shaped.text, shaped.settings, shaped.lines[li], li == 0,
                         colX_[static_cast<std::size_t>(c.col)] + style_.padding, lineY, *items);
                lineY += shaped.lines[li].height;
            }
        }
        return items;
    }

    // Rows [r, end) as one slice, or, for one row taller than `limit`, as pieces cut between lines.
    void unit(std::size_t r, std::size_t end, double limit, std::vector<Slice>& out) {
        if (end - r > 1 || rowHeight_[r] <= limit + 1e-6 || limit <= 2 * style_.padding) {
            out.push_back(slice(r, end, nullptr, 0));
            return;
        }
        context_.warnHere("T202", tableWhere(table_, r) + " is taller than a page; it is split between lines",
                      "shorten the cell text or give the page more room");
        const std::size_t begin = grid_.firstCellOfRow[r], stop = grid_.firstCellOfRow[r + 1];
        std::vector<Window> windows(stop - begin);
        for (bool more = true; more;) {
            more = false;
            double height = 0;
            for (std::size_t ci = begin; ci < stop; ++ci) {
                const std::vector<LinePlan>& lines = grid_.cells[ci].shaped->lines;
                Window& w = windows[ci - begin];
                w.from = w.to;
                double y = 2 * style_.padding;
                while (w.to < lines.size() && (w.to == w.from || y + lines[w.to].height <= limit + 1e-6))
                    y += lines[w.to++].height;
                height = std::max(height, y);
                more = more || w.to < lines.size();
            }
            out.push_back(slice(r, r + 1, &windows, height));
        }
    }

    Slice slice(std::size_t r, std::size_t end, const std::vector<Window>* windows, double pieceHeight) {
        Slice slice;
        slice.table = placement_.tableId;
        slice.section = placement_.section;
        if (r >= headerRows_) slice.repeatHeader = header_;
        rowTop_.assign(end - r + 1, 0.0);
        for (std::size_t q = r; q < end; ++q)
            rowTop_[q - r + 1] = rowTop_[q - r] + (windows ? pieceHeight : rowHeight_[q]);
        slice.height = rowTop_.back();
        const double width = colX_.back();
        auto& items = slice.items;
        // A run per line of text, a fill per row, about three rules per cell, the outer frame.
        std::size_t estimate = 6 + (end - r);
        for (std::size_t ci = grid_.firstCellOfRow[r]; ci < grid_.firstCellOfRow[end]; ++ci)
            estimate += grid_.cells[ci].shaped->lines.size() + 3;
        items.reserve(estimate);
        rowFills(r, end, items);
        horizontal_.clear();
        vertical_.clear();
        // Cells that start in these rows, and cells spanning into them from above.
        const std::size_t firstCell = cellsReaching(r);
        for (std::size_t ci = firstCell; ci < grid_.firstCellOfRow[end]; ++ci) {
            CellBox& c = grid_.cells[ci];
            const std::size_t cellTop = static_cast<std::size_t>(c.row), cellEnd = cellTop + static_cast<std::size_t>(c.rowSpan);
            if (cellEnd <= r) continue;
            const std::size_t col = static_cast<std::size_t>(c.col), rightCol = col + static_cast<std::size_t>(c.colSpan);
            const double x = colX_[col], right = colX_[rightCol];
            const double y = rowTop_[std::max(cellTop, r) - r], bottom = rowTop_[std::min(cellEnd, end) - r];
            if (c.cell->background)
                items.emplace_back(frame::Rect{x, y, right - x, bottom - y, true, toFrame(*c.cell->background), 0, {}});
            if (cellTop >= r) {
                const std::size_t from = windows ? (*windows)[ci - grid_.firstCellOfRow[r]].from : 0;
                const ShapedCell& shaped = *c.shaped;
                const std::size_t to = windows ? (*windows)[ci - grid_.firstCellOfRow[r]].to : shaped.lines.size();
                double lineY = y + style_.padding;
                for (std::size_t li = from; li < to; ++li) {
                    emitLine(context_, shaped.text, shaped.settings, shaped.lines[li], li == 0, x + style_.padding,
                             lineY, items);
                    lineY += shaped.lines[li].height;
                }
            }
            if (rightCol < colX_.size() - 1) vertical_.push_back({rightCol, y, bottom});
            if (cellEnd <= end && cellEnd < rows_) horizontal_.push_back({cellEnd, x, right});
        }
        const Borders borders{style_};
        borders.edges(items, horizontal_, colX_, rowTop_, r, false);
        borders.edges(items, vertical_, colX_, rowTop_, r, true);
        // The outer frame: sides on every slice, top on the first (the header, repeated), bottom at the end.
        borders.line(items, 0, 0, 0, slice.height, style_.outer);
        borders.line(items, width, 0, width, slice.height, style_.outer);
        if (r == 0) borders.line(items, 0, 0, width, 0, style_.outer);
        if (end == rows_ && (!windows || !hasMoreLines(*windows, r)))
            borders.line(items, 0, slice.height, width, slice.height, style_.outer);
        else if (style_.outer.width > 0)
            slice.footRule = frame::Line{0, slice.height, width, slice.height, style_.outer.width, toFrame(style_.outer.color)};
        // Every row of a long table waits here until pagination: no spare capacity.
        items.shrink_to_fit();
        return slice;
    }

    // Row backgrounds (header, stripes, total). A cell spanning several rows takes its first
    // row's background over its whole height, so a stripe never cuts through it.
    void rowFills(std::size_t r, std::size_t end, std::vector<frame::Item>& items) {
        spanning_.clear();
        for (std::size_t ci = cellsReaching(r); ci < grid_.firstCellOfRow[end]; ++ci) {
            const CellBox& c = grid_.cells[ci];
            if (c.rowSpan > 1 && static_cast<std::size_t>(c.row + c.rowSpan) > r) spanning_.push_back(&c);
        }
        std::sort(spanning_.begin(), spanning_.end(), [](const CellBox* a, const CellBox* b) { return a->col < b->col; });
        const auto fill = [&](const std::optional<content::Color>& color, double x, double right, std::size_t top,
                              std::size_t bottom) {
            if (color && right > x)
                items.emplace_back(frame::Rect{x, rowTop_[top - r], right - x, rowTop_[bottom - r] - rowTop_[top - r],
                                               true, toFrame(*color), 0, {}});
        };
        for (std::size_t q = r; q < end; ++q) {
            double x = 0;  // fill between the spanning cells that cover row q (in column order)
            for (const CellBox* c : spanning_) {
                if (static_cast<std::size_t>(c->row) > q || static_cast<std::size_t>(c->row + c->rowSpan) <= q) continue;
                fill(fill_[q], x, colX_[static_cast<std::size_t>(c->col)], q, q + 1);
                x = colX_[static_cast<std::size_t>(c->col + c->colSpan)];
            }
            fill(fill_[q], x, colX_.back(), q, q + 1);
        }
        for (const CellBox* c : spanning_)
            fill(fill_[static_cast<std::size_t>(c->row)], colX_[static_cast<std::size_t>(c->col)],
                 colX_[static_cast<std::size_t>(c->col + c->colSpan)], std::max<std::size_t>(c->row, r),
                 std::min<std::size_t>(c->row + c->rowSpan, end));
    }

    bool hasMoreLines(const std::vector<Window>& windows, std::size_t r) const {
        for (std::size_t ci = grid_.firstCellOfRow[r]; ci < grid_.firstCellOfRow[r + 1]; ++ci)
            if (windows[ci - grid_.firstCellOfRow[r]].to < grid_.cells[ci].shaped->lines.size()) return true;
        return false;
    }

    // The first cell (in grid order) that may cover row r: the cells of the earliest row whose
    // rowSpan reaches r.
    std::size_t cellsReaching(std::size_t r) const { return grid_.firstCellOfRow[reachFrom_[r]]; }

    Context& context_;
    content::Table& table_;
    const content::TableStyle& style_;
    const TablePlacement& placement_;
    Grid& grid_;
    const std::vector<double>& colX_;
    std::vector<double>& rowHeight_;
    const std::size_t rows_;
    std::size_t headerRows_ = 0;
    std::vector<std::optional<content::Color>> fill_;
    std::vector<std::size_t> reachFrom_;  // per row: the earliest row with a cell covering it
    std::shared_ptr<const Slice> header_;
    std::vector<double> rowTop_;
    std::vector<const CellBox*> spanning_;
    std::vector<Edge> horizontal_, vertical_;
};

}  // namespace

void sliceTable(Context& context, content::Table& table, const TablePlacement& placement, Grid& grid,
                const std::vector<double>& colX, std::vector<double>& rowHeight, std::vector<Slice>& out) {
    TableSlicer slicer(context, table, placement, grid, colX, rowHeight);
    slicer.run(out);
}

}  // namespace brochure::typeset
