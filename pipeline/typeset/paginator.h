#pragma once
// Stacks slices onto pages: keeps chains of keep-with-next slices together (headings with their
// text, widow/orphan pairs, table starts), repeats a table's header (and a merged group's value)
// on continuation pages, lets figures float down past the text that follows them (their order
// kept), and sets column sets: boxes side by side, each going on in its own column on the next
// page, or one stream flowing through the columns (balanced on its last page when asked).

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "content/content.h"
#include "frame/frame.h"
#include "typeset/context.h"
#include "typeset/slice.h"

namespace brochure::typeset {

struct AnchorPlace {
    int page = 0;
    double y = 0;
};

struct PageNumberFixup {
    int page = 0;
    std::size_t item = 0;
    std::string anchor;
};

struct Pagination {
    // A deque: a page's items are a deque too (frame.h), whose move may allocate and so is not
    // noexcept, and a growing vector of pages would copy every item on each reallocation.
    std::deque<frame::Page> pages;
    std::vector<int> pageSection;    // the section whose master and title each page uses
    std::vector<frame::OutlineEntry> outline;
    std::unordered_map<std::string, AnchorPlace> anchors;
    std::vector<PageNumberFixup> pageNumbers;
};

// `sectionMasters[s]` is the page master of section s. Every item lands inside its page's
// content box (or its column): a part taller than a page is error T602, an item reaching out of
// the box T603, more pages than limits.pages A404 (pagination stops there).
Pagination paginate(Context& context, std::vector<Slice> slices,
                    const std::vector<const content::PageMaster*>& sectionMasters);

}  // namespace brochure::typeset
