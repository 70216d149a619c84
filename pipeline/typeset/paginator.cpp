#include "typeset/paginator.h"

#include <algorithm>
#include <deque>
#include <optional>

#include "core/limits.h"
#include "typeset/context.h"
#include "typeset/page_limit.h"

namespace brochure::typeset {

void translate(frame::Item& item, double dx, double dy) {
    std::visit(
        [&](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, frame::TextRun>) {
                it.x += dx;
                it.baseline += dy;
            } else if constexpr (std::is_same_v<T, frame::Line>) {
                it.x1 += dx;
                it.x2 += dx;
                it.y1 += dy;
                it.y2 += dy;
            } else if constexpr (std::is_same_v<T, frame::Destination>) {
                it.y += dy;
            } else {
                it.x += dx;
                it.y += dy;
            }
        },
        item);
}

Bounds bounds(const frame::Item& item) {
    Bounds b;
    std::visit(
        [&](const auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, frame::TextRun>) {
                b = {it.x, it.baseline, it.x + it.width, it.baseline};
            } else if constexpr (std::is_same_v<T, frame::Line>) {
                b = {std::min(it.x1, it.x2), std::min(it.y1, it.y2), std::max(it.x1, it.x2), std::max(it.y1, it.y2)};
            } else if constexpr (std::is_same_v<T, frame::Destination>) {
                b = {0, it.y, 0, it.y};
            } else {
                b = {it.x, it.y, it.x + it.width, it.y + it.height};
            }
        },
        item);
    return b;
}

namespace {

constexpr double kEpsilon = 1e-6;
constexpr double kFrameTolerance = kOutsideTolerance;

// Where slices are stacked: the content box of a page, or one column of it.
struct Region {
    double left = 0, right = 0;
    double bottom = 0;          // may be above the page's foot (balanced columns)
    double y = 0;               // the next slice's top
    bool hasContent = false;    // gaps count after the first slice
    bool atTop = true;          // a fresh region could hold no more: a chain that does not fit breaks here
    bool flowed = false;        // holds a flowing slice (a table continuing here repeats its header)
};

// What follows one run of slices from region to region: the page's main flow, a box, a
// flowing column set.
struct Stream {
    int lastTable = -1;
    std::optional<frame::Line> pendingFootRule;  // of the last table row placed
    int pendingFootPage = 0;
};

struct Placed {
    std::size_t next = 0;       // the first slice not placed
    bool full = false;          // the rest starts in a fresh region
};

// Thrown when the document passes limits.pages: pagination stops at once, before a runaway
// table fills memory with pages (the error is already reported).
struct PageLimitReached {};

class Paginator {
public:
    Paginator(Context& context, const std::vector<const content::PageMaster*>& masters)
        : context_(context), masters_(masters) {}

    Pagination run(std::vector<Slice>& slices) {
        try {
            flowMain(slices);
            // Nothing to place (sections of page breaks and spacers only, tables hidden by
            // `if-empty="hide"`): one empty page of the first section's master, not an error.
            // Nothing bound is lost, the layout asked for this, and a PDF needs a page; a layout
            // that must not come out empty says so with `if-empty="error"`.
            if (result_.pages.empty() && !masters_.empty()) newPage(0);
        } catch (const PageLimitReached&) {
        }
        return std::move(result_);
    }

private:
    void flowMain(std::vector<Slice>& slices) {
        const std::size_t n = slices.size();
        std::size_t i = 0;
        while (i < n) {
            Slice& s = slices[i];
            block_ = s.block;
            if (result_.pages.empty()) newPage(s.section);
            // A section on another page master starts a page of that master, even when the
            // page is still empty (its slices were cut to that master's height).
            if (s.breakBefore || (s.section != section_ && masters_[static_cast<std::size_t>(s.section)] !=
                                                               masters_[static_cast<std::size_t>(section_)])) {
                // Figures still waiting never cross a forced break: they would land under the
                // next section's running header. They get pages of their own section first.
                while (!floats_.empty()) newPage(section_);
                if (page_.hasContent) newPage(s.section);
                else restartPage(s.section);
                s.breakBefore = false;  // a chain resumed on the next page must not break again
            }
            if (s.isFloat) {
                if (floats_.empty() && (fits(s, page_) || !page_.hasContent)) placeFloat(s);
                else floats_.push_back(std::move(s));
                ++i;
                continue;
            }
            const Placed placed = placeChain(slices, i, n, page_, main_);
            i = placed.next;
            if (placed.full && i < n) newPage(slices[i].section);
        }
        while (!floats_.empty()) newPage(section_);
    }

    // Places the chain of kept slices that starts at i (or what of it fits) in `region`.
    Placed placeChain(std::vector<Slice>& slices, std::size_t i, std::size_t n, Region& region, Stream& stream) {
        std::size_t j = i;  // the chain of slices tied by keeps: [i, j], never into another section
        while (slices[j].keep != Keep::none && j + 1 < n && !slices[j + 1].breakBefore && !slices[j + 1].isFloat &&
               slices[j + 1].section == slices[j].section)
            ++j;
        const std::size_t k = fitCount(slices, i, j, region, stream);
        if (k > j) {
            placeRange(slices, i, j + 1, region, stream);
            return {j + 1, false};
        }
        // Moving on gains room: the chain starts in a fresh region, whole if it fits one.
        if (!region.atTop && (k <= i || fitsFresh(slices, i, j, stream))) return {i, true};
        if (k <= i) {
            // Taller than an empty page or column: no rule can place it.
            unplaceable(slices[i], region);
            return {i + 1, false};
        }
        // The chain is longer than a page: break it at the weakest link near the foot; one that
        // must hold (a table's header over its first row) starts afresh rather than stay behind.
        const std::size_t b = breakPoint(slices, i, k);
        if (!region.atTop && slices[b - 1].keep == Keep::always) return {i, true};
        placeRange(slices, i, b, region, stream);
        return {b, true};
    }

    // The first index of [i, j] that does not fit in the region (j + 1 when all fit).
    std::size_t fitCount(const std::vector<Slice>& slices, std::size_t i, std::size_t j, const Region& region,
                         const Stream& stream) const {
        double y = region.y;
        bool content = region.hasContent, flow = region.flowed;
        for (std::size_t q = i; q <= j; ++q) {
            const Slice& s = slices[q];
            const double header = !flow && continuesTable(s, stream) ? s.repeatHeader->height : 0.0;
            const double next = y + (content ? s.gapBefore : 0.0) + header + s.height;
            if (next > region.bottom + kEpsilon) return q;
            y = next;
            content = flow = true;
        }
        return j + 1;
    }

    bool fitsFresh(const std::vector<Slice>& slices, std::size_t i, std::size_t j, const Stream& stream) const {
        double height = continuesTable(slices[i], stream) ? slices[i].repeatHeader->height : 0.0;
        for (std::size_t q = i; q <= j; ++q) height += (q > i ? slices[q].gapBefore : 0.0) + slices[q].height;
        return height <= pageBottom_ - pageTop_ + kEpsilon;
    }

    // Where to end the page when slice k does not fit: k itself, or a few slices earlier when
    // that breaks a weaker keep (a table's start rather than its last two rows). Never empties
    // the region of the chain's own slices, so pagination always advances.
    std::size_t breakPoint(const std::vector<Slice>& slices, std::size_t i, std::size_t k) const {
        std::size_t best = k;
        Keep bestKeep = slices[k - 1].keep;
        for (std::size_t q = k - 1; q > i && k - q <= 8 && bestKeep != Keep::none; --q) {
            if (slices[q - 1].keep < bestKeep) {
                best = q;
                bestKeep = slices[q - 1].keep;
            }
        }
        return best;
    }

    void placeRange(std::vector<Slice>& slices, std::size_t from, std::size_t to, Region& region, Stream& stream) {
        for (std::size_t q = from; q < to; ++q) placeFlowing(slices[q], region, stream);
    }

    // The slice belongs to the table placed last in its stream: on a fresh page or column it
    // gets the table's header again.
    static bool continuesTable(const Slice& s, const Stream& stream) {
        return s.table >= 0 && s.table == stream.lastTable && s.repeatHeader;
    }

    void restartPage(int section) {
        result_.pages.pop_back();
        result_.pageSection.pop_back();
        newPage(section);
    }

    void newPage(int section) {
        if (static_cast<int>(result_.pages.size()) >= limits().maxPages) {
            reportPageLimit(context_, block_);
            throw PageLimitReached{};
        }
        section_ = section;
        const content::PageMaster& m = *masters_[static_cast<std::size_t>(section)];
        frame::Page page;
        page.width = m.width;
        page.height = m.height;
        page.label = std::to_string(result_.pages.size() + 1);
        if (m.background) page.items.emplace_back(frame::Rect{0, 0, m.width, m.height, true, toFrame(*m.background), 0, {}});
        result_.pages.push_back(std::move(page));
        result_.pageSection.push_back(section);
        pageTop_ = m.marginTop;
        pageBottom_ = m.height - m.marginBottom;
        page_ = Region{m.marginLeft, m.width - m.marginRight, pageBottom_, pageTop_};
        while (!floats_.empty() && (fits(floats_.front(), page_) || !page_.hasContent)) {
            placeFloat(floats_.front());
            floats_.pop_front();
        }
    }

    static bool fits(const Slice& s, const Region& region) {
        return region.y + (region.hasContent ? s.gapBefore : 0.0) + s.height <= region.bottom + kEpsilon;
    }

    void placeFloat(Slice& s) {
        if (s.height > pageBottom_ - pageTop_ + kEpsilon) unplaceable(s, page_);
        else place(s, page_);
    }

    // A flowing (non-float) slice: a table row on a page or column the table continues onto
    // gets the table's header first, and a merged group's value again.
    void placeFlowing(Slice& s, Region& region, Stream& stream) {
        if (s.columns) {
            placeColumns(s);
        } else {
            const bool continues = !region.flowed && continuesTable(s, stream);
            if (continues && stream.pendingFootRule && !dry_) {
                result_.pages[static_cast<std::size_t>(stream.pendingFootPage)].items.emplace_back(*stream.pendingFootRule);
                stream.pendingFootRule.reset();
            }
            if (continues) {
                Slice header = *s.repeatHeader;
                header.gapBefore = 0;
                header.block = s.block;
                place(header, region);
            }
            if (continues && s.carry && !dry_) emitCarry(s, region);
            place(s, region);
        }
        region.flowed = true;
        stream.lastTable = s.table;
        stream.pendingFootRule.reset();
        if (s.footRule && !dry_) {
            stream.pendingFootRule = lastFootRule_;
            stream.pendingFootPage = static_cast<int>(result_.pages.size()) - 1;
        }
    }

    // A merged group's value, drawn again at the top of the row that continues the group.
    void emitCarry(const Slice& s, const Region& region) {
        const double top = region.y + (region.hasContent ? s.gapBefore : 0.0);
        frame::Page& page = result_.pages.back();
        for (frame::Item item : *s.carry) {
            translate(item, region.left, top);
            checkInside(item, region, s.block);
            page.items.push_back(std::move(item));
        }
    }

    void place(Slice& s, Region& region) {
        if (region.hasContent) region.y += s.gapBefore;
        if (!dry_) emit(s, region);
        region.y += s.height;
        region.hasContent = true;
        region.atTop = false;
    }

    // Moves the slice's items onto the page at the region's pen, checking that each lies inside
    // the region: what a rule could not fit is an error, never a clipped or lost piece.
    void emit(Slice& s, const Region& region) {
        block_ = s.block;
        const int pageIndex = static_cast<int>(result_.pages.size()) - 1;
        frame::Page& page = result_.pages.back();
        const std::size_t firstItem = page.items.size();
        for (frame::Item& item : s.items) {
            translate(item, region.left, region.y);
            checkInside(item, region, s.block);
            page.items.push_back(std::move(item));
        }
        // Each slice is placed once: free its moved-from items now, not when the whole document
        // is paginated (a long table would hold every item twice).
        std::vector<frame::Item>().swap(s.items);
        for (const HeadingMark& h : s.headings) {
            if (h.inOutline) result_.outline.push_back({h.title, h.level, pageIndex, region.y + h.y});
            if (!h.anchor.empty()) result_.anchors.emplace(h.anchor, AnchorPlace{pageIndex, region.y + h.y});
        }
        for (const PageNumberField& f : s.pageNumbers)
            result_.pageNumbers.push_back({pageIndex, firstItem + f.item, f.anchor});
        if (s.footRule) {
            frame::Line rule = *s.footRule;
            rule.x1 += region.left;
            rule.x2 += region.left;
            rule.y1 += region.y;
            rule.y2 += region.y;
            lastFootRule_ = rule;
        }
    }

    void checkInside(const frame::Item& item, const Region& region, int block) {
        Bounds b = bounds(item);
        if (std::holds_alternative<frame::Destination>(item)) b.x1 = b.x2 = region.left;
        const auto [x1, y1, x2, y2] = b;
        const char* side = x1 < region.left - kFrameTolerance    ? "left"
                           : x2 > region.right + kFrameTolerance ? "right"
                           : y1 < pageTop_ - kFrameTolerance     ? "top"
                           : y2 > pageBottom_ + kFrameTolerance  ? "bottom"
                                                                 : nullptr;
        if (!side || !context_.unplaceable.insert(block).second) return;
        const double past = side[0] == 'l' ? region.left - x1 : side[0] == 'r' ? x2 - region.right
                            : side[0] == 't' ? pageTop_ - y1 : y2 - pageBottom_;
        context_.errorAt(block, "T603",
                         blockName(block) + " reaches " + std::to_string(static_cast<int>(past + 0.5)) + "pt past the " +
                             side + " edge of the page's content area on page " +
                             std::to_string(result_.pages.size()) + "; that part would be cut off",
                         "make it narrower (fixed column widths, image sizes) or give the page more room");
    }

    void unplaceable(const Slice& s, const Region& region) {
        if (dry_ || !context_.unplaceable.insert(s.block).second) return;
        context_.errorAt(s.block, "T602",
                         blockName(s.block) + " has a part " + std::to_string(static_cast<int>(s.height + 0.5)) +
                             "pt tall that cannot break, taller than the " +
                             std::to_string(static_cast<int>(region.bottom - pageTop_ + 0.5)) +
                             "pt a page or column holds; it cannot be placed",
                         "make it smaller (font size, image or chart height), or give the page more room");
    }

    std::string blockName(int block) const {
        return block >= 0 ? context_.blocks[static_cast<std::size_t>(block)].name : std::string("a block");
    }

    // Blocks in columns, starting at the main flow's pen; the main flow goes on below the
    // longest column of the last page the set reaches.
    void placeColumns(Slice& s) {
        ColumnSet& set = *s.columns;
        if (page_.hasContent) page_.y += s.gapBefore;
        if (set.flowing) flowColumns(set);
        else placeBoxes(set);
        page_.hasContent = true;
        page_.atTop = false;
    }

    // Column k of a set, from the main flow's pen down to `bottom`. `mayBreak`: a chain longer
    // than the column may break here when the column starts at the page's top (a balanced
    // column never breaks a chain: its trial did not).
    Region column(const ColumnSet& set, int k, double bottom, bool mayBreak = true) const {
        Region c;
        c.left = page_.left + k * (set.width + set.gap);
        c.right = c.left + set.width;
        c.bottom = bottom;
        c.y = page_.y;
        c.atTop = mayBreak && page_.y <= pageTop_ + kEpsilon;
        return c;
    }

    // Fills `region` from stream slices [i, n); returns the first slice left for the next region.
    std::size_t fillRegion(std::vector<Slice>& slices, std::size_t i, Region& region, Stream& stream) {
        const std::size_t n = slices.size();
        while (i < n) {
            if (slices[i].breakBefore && region.hasContent) break;  // a page break: the next column
            const Placed placed = placeChain(slices, i, n, region, stream);
            i = placed.next;
            if (placed.full) break;
        }
        return i;
    }

    // Each box in its own column; a box longer than the rest of the page goes on in the same
    // column of the next page.
    void placeBoxes(ColumnSet& set) {
        const std::size_t boxes = set.streams.size();
        std::vector<std::size_t> next(boxes, 0);
        std::vector<Stream> streams(boxes);
        for (;;) {
            double end = page_.y;
            bool more = false;
            for (std::size_t k = 0; k < boxes; ++k) {
                Region c = column(set, static_cast<int>(k), page_.bottom);
                next[k] = fillRegion(set.streams[k], next[k], c, streams[k]);
                end = std::max(end, c.y);
                more = more || next[k] < set.streams[k].size();
            }
            if (!more) {
                page_.y = end;
                return;
            }
            newPage(section_);
        }
    }

    // One stream through the columns, left to right, then on the next page.
    void flowColumns(ColumnSet& set) {
        std::vector<Slice>& slices = set.streams.front();
        std::size_t i = 0;
        Stream stream;
        for (;;) {
            const std::optional<double> balanced = set.balance ? balancedBottom(set, i, stream) : std::nullopt;
            double end = page_.y;
            for (int k = 0; k < set.count && i < slices.size(); ++k) {
                Region c = column(set, k, balanced.value_or(page_.bottom), !balanced);
                i = fillRegion(slices, i, c, stream);
                end = std::max(end, c.y);
            }
            if (i >= slices.size()) {
                page_.y = end;
                return;
            }
            newPage(section_);
        }
    }

    // Whether stream slices [i, n) fit the columns of this page down to `bottom` (no output).
    bool fitsColumns(ColumnSet& set, std::size_t i, const Stream& stream, double bottom) {
        dry_ = true;
        Stream trial = stream;
        std::vector<Slice>& slices = set.streams.front();
        for (int k = 0; k < set.count && i < slices.size(); ++k) {
            Region c = column(set, k, bottom, false);
            i = fillRegion(slices, i, c, trial);
        }
        dry_ = false;
        return i >= slices.size();
    }

    // The highest foot that still holds the rest of the stream in this page's columns, so the
    // last page's columns come out even; none when the rest does not fit this page.
    std::optional<double> balancedBottom(ColumnSet& set, std::size_t i, const Stream& stream) {
        if (!fitsColumns(set, i, stream, page_.bottom)) return std::nullopt;
        double low = page_.y, high = page_.bottom;
        for (int step = 0; step < 24 && high - low > 0.25; ++step) {
            const double mid = (low + high) / 2;
            (fitsColumns(set, i, stream, mid) ? high : low) = mid;
        }
        return high;
    }

    Context& context_;
    const std::vector<const content::PageMaster*>& masters_;
    Pagination result_;
    std::deque<Slice> floats_;
    int section_ = 0;
    Region page_;                       // the current page's content box
    Stream main_;
    double pageTop_ = 0, pageBottom_ = 0;
    std::optional<frame::Line> lastFootRule_;
    int block_ = -1;                    // the block being placed, for the page limit's message
    bool dry_ = false;                  // measuring a balance: place nothing
};

}  // namespace

Pagination paginate(Context& context, std::vector<Slice> slices,
                    const std::vector<const content::PageMaster*>& sectionMasters) {
    Paginator paginator(context, sectionMasters);
    return paginator.run(slices);
}

}  // namespace brochure::typeset
