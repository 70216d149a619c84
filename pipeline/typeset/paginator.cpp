#include "typeset/paginator.h"

#include <deque>
#include <optional>

#include "typeset/context.h"

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

namespace {

constexpr double kEpsilon = 1e-6;

class Paginator {
public:
    explicit Paginator(const std::vector<const content::PageMaster*>& masters) : masters_(masters) {}

    Pagination run(std::vector<Slice>& slices) {
        const std::size_t n = slices.size();
        std::size_t i = 0;
        while (i < n) {
            Slice& s = slices[i];
            if (result_.pages.empty()) newPage(s.section);
            if (s.breakBefore || (hasContent_ && s.section != section_ &&
                                  masters_[static_cast<std::size_t>(s.section)] !=
                                      masters_[static_cast<std::size_t>(section_)])) {
                // Figures still waiting never cross a forced break: they would land under the
                // next section's running header. They get pages of their own section first.
                while (!floats_.empty()) newPage(section_);
                if (hasContent_) newPage(s.section);
                else restartPage(s.section);
                s.breakBefore = false;  // a chain resumed on the next page must not break again
            }
            if (s.isFloat) {
                if (floats_.empty() && (fits(s) || !hasContent_)) place(s);
                else floats_.push_back(std::move(s));
                ++i;
                continue;
            }
            std::size_t j = i;  // the chain of slices tied by keeps: [i, j]
            while (slices[j].keep != Keep::none && j + 1 < n && !slices[j + 1].breakBefore && !slices[j + 1].isFloat)
                ++j;
            if (fitCount(slices, i, j) > j) {
                placeRange(slices, i, j + 1);
                i = j + 1;
                continue;
            }
            if (hasContent_ && fitsFreshPage(slices, i, j)) {
                newPage(s.section);
                placeRange(slices, i, j + 1);
                i = j + 1;
                continue;
            }
            // The chain is longer than a page: break it at the weakest link near the foot.
            const std::size_t b = breakPoint(slices, i, fitCount(slices, i, j));
            placeRange(slices, i, b);
            if (b < n) newPage(slices[b].section);  // b == n: the last slice went alone, overflowing
            i = b;
        }
        while (!floats_.empty()) newPage(section_);
        return std::move(result_);
    }

private:
    // The first index of [i, j] that does not fit on the current page (j + 1 when all fit).
    std::size_t fitCount(const std::vector<Slice>& slices, std::size_t i, std::size_t j) const {
        double y = y_;
        bool content = hasContent_, flow = flowOnPage_;
        for (std::size_t q = i; q <= j; ++q) {
            const Slice& s = slices[q];
            const double header = !flow && needsHeader(s) ? s.repeatHeader->height : 0.0;
            const double next = y + (content ? s.gapBefore : 0.0) + header + s.height;
            if (next > bottom_ + kEpsilon) return q;
            y = next;
            content = flow = true;
        }
        return j + 1;
    }

    bool fitsFreshPage(const std::vector<Slice>& slices, std::size_t i, std::size_t j) const {
        double height = needsHeader(slices[i]) ? slices[i].repeatHeader->height : 0.0;
        for (std::size_t q = i; q <= j; ++q) height += (q > i ? slices[q].gapBefore : 0.0) + slices[q].height;
        return height <= bottom_ - top_ + kEpsilon;
    }

    // Where to end the page when slice k does not fit: k itself, or a few slices earlier when
    // that breaks a weaker keep (a table's start rather than its last two rows). Never empties
    // the page of the chain's own slices, so pagination always advances.
    std::size_t breakPoint(const std::vector<Slice>& slices, std::size_t i, std::size_t k) const {
        if (k <= i) return i + 1;  // a slice taller than a page: it goes alone, overflowing
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

    void placeRange(std::vector<Slice>& slices, std::size_t from, std::size_t to) {
        for (std::size_t q = from; q < to; ++q) placeFlowing(slices[q]);
    }

    bool needsHeader(const Slice& s) const { return s.table >= 0 && s.table == lastTable_ && s.repeatHeader; }

    void restartPage(int section) {
        result_.pages.pop_back();
        result_.pageSection.pop_back();
        newPage(section);
    }

    void newPage(int section) {
        section_ = section;
        const content::PageMaster& m = *masters_[static_cast<std::size_t>(section)];
        frame::Page page;
        page.width = m.width;
        page.height = m.height;
        page.label = std::to_string(result_.pages.size() + 1);
        if (m.background) page.items.emplace_back(frame::Rect{0, 0, m.width, m.height, true, toFrame(*m.background), 0, {}});
        result_.pages.push_back(std::move(page));
        result_.pageSection.push_back(section);
        top_ = m.marginTop;
        bottom_ = m.height - m.marginBottom;
        left_ = m.marginLeft;
        y_ = top_;
        hasContent_ = false;
        flowOnPage_ = false;
        while (!floats_.empty() && (fits(floats_.front()) || !hasContent_)) {
            place(floats_.front());
            floats_.pop_front();
        }
    }

    bool fits(const Slice& s) const {
        return y_ + (hasContent_ ? s.gapBefore : 0.0) + s.height <= bottom_ + kEpsilon;
    }

    // A flowing (non-float) slice: a table row on a page the table continues onto gets the
    // table's header first.
    void placeFlowing(Slice& s) {
        const bool continues = !flowOnPage_ && s.table >= 0 && s.table == lastTable_;
        if (continues && pendingFootRule_) {
            result_.pages[static_cast<std::size_t>(pendingFootPage_)].items.emplace_back(*pendingFootRule_);
            pendingFootRule_.reset();
        }
        if (continues && s.repeatHeader) {
            Slice header = *s.repeatHeader;
            header.gapBefore = 0;
            place(header);
        }
        place(s);
        flowOnPage_ = true;
        lastTable_ = s.table;
        if (!s.footRule) pendingFootRule_.reset();
    }

    void place(Slice& s) {
        if (hasContent_) y_ += s.gapBefore;
        const int pageIndex = static_cast<int>(result_.pages.size()) - 1;
        frame::Page& page = result_.pages.back();
        const std::size_t firstItem = page.items.size();
        for (frame::Item& item : s.items) {
            translate(item, left_, y_);
            page.items.push_back(std::move(item));
        }
        // Each slice is placed once: free its moved-from items now, not when the whole document
        // is paginated (a long table would hold every item twice).
        std::vector<frame::Item>().swap(s.items);
        for (const HeadingMark& h : s.headings) {
            if (h.inOutline) result_.outline.push_back({h.title, h.level, pageIndex, y_ + h.y});
            if (!h.anchor.empty()) result_.anchors.emplace(h.anchor, AnchorPlace{pageIndex, y_ + h.y});
        }
        for (const PageNumberField& f : s.pageNumbers)
            result_.pageNumbers.push_back({pageIndex, firstItem + f.item, f.anchor});
        if (s.footRule) {
            frame::Line rule = *s.footRule;
            rule.x1 += left_;
            rule.x2 += left_;
            rule.y1 += y_;
            rule.y2 += y_;
            pendingFootRule_ = rule;
            pendingFootPage_ = pageIndex;
        }
        y_ += s.height;
        hasContent_ = true;
    }

    const std::vector<const content::PageMaster*>& masters_;
    Pagination result_;
    std::deque<Slice> floats_;
    int section_ = 0;
    int lastTable_ = -1;
    std::optional<frame::Line> pendingFootRule_;  // of the last table row placed
    int pendingFootPage_ = 0;
    double top_ = 0, bottom_ = 0, left_ = 0, y_ = 0;
    bool hasContent_ = false;
    bool flowOnPage_ = false;
};

}  // namespace

Pagination paginate(std::vector<Slice> slices, const std::vector<const content::PageMaster*>& sectionMasters) {
    Paginator paginator(sectionMasters);
    return paginator.run(slices);
}

}  // namespace brochure::typeset
