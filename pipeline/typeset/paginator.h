#pragma once
// Stacks slices onto pages: keeps chains of keep-with-next slices together (headings with their
// text, widow/orphan pairs, table starts), repeats a table's header on continuation pages, and
// lets figures float down past the text that follows them (their order kept).

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "content/content.h"
#include "frame/frame.h"
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

// `sectionMasters[s]` is the page master of section s.
Pagination paginate(std::vector<Slice> slices, const std::vector<const content::PageMaster*>& sectionMasters);

}  // namespace brochure::typeset
