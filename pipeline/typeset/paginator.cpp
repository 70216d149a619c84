#include "typeset/paginator.h"

#include <deque>

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
        for (std::size_t i = 0; i < n; ++i) {
            Slice& s = slices[i];
            if (result_.pages.empty()) newPage(s.section);
            if (s.breakBefore || (hasContent_ && s.section != section_ &&
                                  masters_[static_cast<std::size_t>(s.section)] !=
                                      masters_[static_cast<std::size_t>(section_)])) {
                if (hasContent_) newPage(s.section);
                else restartPage(s.section);
            }
            if (s.isFloat) {
                if (floats_.empty() && (fits(s) || !hasContent_)) place(s);
                else floats_.push_back(std::move(s));
                continue;
            }
            // The chain of slices tied by keep-with-next moves to a new page as a whole
            // when it fits on one; a longer chain breaks where it must.
            std::size_t j = i;
            double chain = s.height;
            while (slices[j].keepWithNext && j + 1 < n && !slices[j + 1].breakBefore && !slices[j + 1].isFloat) {
                ++j;
                chain += slices[j].gapBefore + slices[j].height;
            }
            if (hasContent_ && y_ + s.gapBefore + chain > bottom_ + kEpsilon && chain <= bottom_ - top_ + kEpsilon)
                newPage(s.section);
            for (std::size_t k = i; k <= j; ++k) {
                if (hasContent_ && !fits(slices[k])) newPage(slices[k].section);
                placeFlowing(slices[k]);
            }
            i = j;
        }
        while (!floats_.empty()) newPage(section_);
        return std::move(result_);
    }

private:
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
        if (!flowOnPage_ && s.table >= 0 && s.table == lastTable_ && s.repeatHeader) {
            Slice header = *s.repeatHeader;
            header.gapBefore = 0;
            place(header);
        }
        place(s);
        flowOnPage_ = true;
        lastTable_ = s.table;
    }

    void place(Slice& s) {
        if (hasContent_) y_ += s.gapBefore;
        const int pageIndex = static_cast<int>(result_.pages.size()) - 1;
        frame::Page& page = result_.pages.back();
        const std::size_t firstItem = page.items.size();
        page.items.reserve(page.items.size() + s.items.size());
        for (frame::Item& item : s.items) {
            translate(item, left_, y_);
            page.items.push_back(std::move(item));
        }
        for (const HeadingMark& h : s.headings) {
            if (h.inOutline) result_.outline.push_back({h.title, h.level, pageIndex, y_ + h.y});
            if (!h.anchor.empty()) result_.anchors.emplace(h.anchor, AnchorPlace{pageIndex, y_ + h.y});
        }
        for (const PageNumberField& f : s.pageNumbers)
            result_.pageNumbers.push_back({pageIndex, firstItem + f.item, f.anchor});
        y_ += s.height;
        hasContent_ = true;
    }

    const std::vector<const content::PageMaster*>& masters_;
    Pagination result_;
    std::deque<Slice> floats_;
    int section_ = 0;
    int lastTable_ = -1;
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
