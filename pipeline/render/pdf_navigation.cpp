#include "render/pdf_navigation.h"

#include <algorithm>

#include "render/page_labels.h"

namespace brochure::render {

namespace {

// At most `limit` bytes, cut at a character boundary, "..." marking the cut. The default is long
// enough to recognise, short enough for a one-line diagnostic.
std::string abbreviate(const std::string& text, std::size_t limit = 80) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;  // not inside a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

constexpr std::size_t kLongestBookmark = 1000;  // bytes

}  // namespace

PdfNavigation::PdfNavigation(HpdfDocument& pdf, Diagnostics& diagnostics, const frame::Document& document,
                             const std::vector<HPDF_Page>& pages)
    : pdf_(pdf), diagnostics_(diagnostics), document_(document), pages_(pages) {}

void PdfNavigation::collectDestinations() {
    for (std::size_t p = 0; p < document_.pages.size(); ++p) {
        for (const frame::Item& item : document_.pages[p].items) {
            const auto* destination = std::get_if<frame::Destination>(&item);
            if (!destination) continue;
            bool inserted = targets_.emplace(destination->name, Target{p, destination->y}).second;
            if (!inserted)
                diagnostics_.warning("R208", {}, 0, 0,
                                     "destination '" + destination->name + "' on page " + std::to_string(p + 1) +
                                         " is defined twice; links go to the first one");
        }
    }
}

// [page /XYZ null top null]: scroll to the place, keeping the reader's zoom and horizontal
// position. libharu's SetXYZ insists on numbers (and rejects zoom 0), so the array is rebuilt.
HPDF_Destination PdfNavigation::destination(const Target& target, const std::string& during) {
    HPDF_Page page = pages_[target.page];
    double height = document_.pages[target.page].height;
    double top = std::clamp(height - target.y, 0.0, height);
    HPDF_Destination array = pdf_.need(HPDF_Page_CreateDestination(page), during);
    HPDF_MMgr mmgr = pdf_.get()->mmgr;
    HPDF_Array_Clear(array);
    pdf_.check(HPDF_Array_Add(array, page), during);
    pdf_.check(HPDF_Array_AddName(array, "XYZ"), during);
    pdf_.check(HPDF_Array_Add(array, pdf_.need(HPDF_Null_New(mmgr), during)), during);
    pdf_.check(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(top)), during);
    pdf_.check(HPDF_Array_Add(array, pdf_.need(HPDF_Null_New(mmgr), during)), during);
    return array;
}

void PdfNavigation::addLinks(std::size_t pageIndex) {
    const frame::Page& page = document_.pages[pageIndex];
    for (const frame::Item& item : page.items) {
        const auto* link = std::get_if<frame::Link>(&item);
        if (!link) continue;
        HPDF_Rect rect{static_cast<HPDF_REAL>(link->x), static_cast<HPDF_REAL>(page.height - link->y - link->height),
                       static_cast<HPDF_REAL>(link->x + link->width), static_cast<HPDF_REAL>(page.height - link->y)};
        HPDF_Annotation annotation = nullptr;
        if (!link->uri.empty()) {
            std::string during = "adding the link to " + abbreviate(link->uri) + " on page " + std::to_string(pageIndex + 1);
            annotation = pdf_.need(HPDF_Page_CreateURILinkAnnot(pages_[pageIndex], rect, link->uri.c_str()), during);
            pdf_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), during);
            continue;
        }
        auto target = targets_.find(link->destination);
        if (target == targets_.end()) {
            diagnostics_.error("R205", {}, 0, 0,
                               "link on page " + std::to_string(pageIndex + 1) + " goes to '" + link->destination +
                                   "', but no such destination exists");
            continue;
        }
        std::string during = "adding the link to '" + link->destination + "' on page " + std::to_string(pageIndex + 1);
        annotation = pdf_.need(HPDF_Page_CreateLinkAnnot(pages_[pageIndex], rect, destination(target->second, during)),
                               during);
        pdf_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), during);
    }
}

void PdfNavigation::addOutline() {
    if (document_.outline.empty()) return;
    HPDF_Doc doc = pdf_.get();
    HPDF_Encoder utf8 = pdf_.need(HPDF_GetEncoder(doc, "UTF-8"), "preparing the outline");
    // parents[k] is the latest entry at depth k+1; an entry hangs under the latest entry with a
    // smaller level, so a jump from level 1 to 3 still nests under the level-1 entry.
    std::vector<std::pair<int, HPDF_Outline>> parents;
    for (const frame::OutlineEntry& entry : document_.outline) {
        std::string during = "adding the outline entry '" + abbreviate(entry.title) + "'";
        if (entry.page < 0 || static_cast<std::size_t>(entry.page) >= pages_.size()) {
            diagnostics_.error("R206", {}, 0, 0,
                               "outline entry '" + entry.title + "' points to page " + std::to_string(entry.page + 1) +
                                   ", but the document has " + std::to_string(pages_.size()) + " pages");
            continue;
        }
        while (!parents.empty() && parents.back().first >= entry.level) parents.pop_back();
        HPDF_Outline parent = parents.empty() ? nullptr : parents.back().second;
        // A bookmark is one line in a reader's side panel, and a PDF string holds at most 65,535
        // bytes: a heading of a 100,000-letter word is printed whole on its pages, and its
        // bookmark shows the start of it.
        HPDF_Outline outline =
            pdf_.need(HPDF_CreateOutline(doc, parent, abbreviate(entry.title, kLongestBookmark).c_str(), utf8), during);
        pdf_.check(HPDF_Outline_SetDestination(
                       outline, destination({static_cast<std::size_t>(entry.page), entry.y}, during)),
                   during);
        // Chapters start open so the reader sees the sections; deeper levels start closed.
        pdf_.check(HPDF_Outline_SetOpened(outline, entry.level <= 1 ? HPDF_TRUE : HPDF_FALSE), during);
        parents.emplace_back(entry.level, outline);
    }
}

void PdfNavigation::addPageLabels() {
    std::vector<std::string> labels;
    labels.reserve(document_.pages.size());
    bool any = false;
    for (const frame::Page& page : document_.pages) {
        labels.push_back(page.label);
        any = any || !page.label.empty();
    }
    if (!any) return;  // readers number pages 1, 2, 3 by themselves
    HPDF_Doc doc = pdf_.get();
    for (const LabelRange& range : pageLabelRanges(labels)) {
        std::string during = "adding page labels";
        HPDF_PageNumStyle style = range.style == LabelStyle::lowerRoman   ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN
                                  : range.style == LabelStyle::upperRoman ? HPDF_PAGE_NUM_STYLE_UPPER_ROMAN
                                                                          : HPDF_PAGE_NUM_STYLE_DECIMAL;
        pdf_.check(HPDF_AddPageLabel(doc, static_cast<HPDF_UINT>(range.firstPage), style,
                                     static_cast<HPDF_UINT>(range.start),
                                     range.prefix.empty() ? nullptr : range.prefix.c_str()),
                   during);
        if (range.style != LabelStyle::none) continue;
        // A label without a number ("Cover", ""): libharu always writes a numbering style, so
        // remove /S and /St from the range it just added (the last entry of /Nums).
        auto* labels = pdf_.need(
            static_cast<HPDF_Dict>(HPDF_Dict_GetItem(doc->catalog, "PageLabels", HPDF_OCLASS_DICT)), during);
        auto* nums = pdf_.need(static_cast<HPDF_Array>(HPDF_Dict_GetItem(labels, "Nums", HPDF_OCLASS_ARRAY)), during);
        auto* label = pdf_.need(
            static_cast<HPDF_Dict>(HPDF_Array_GetItem(nums, HPDF_Array_Items(nums) - 1, HPDF_OCLASS_DICT)), during);
        if (HPDF_Dict_GetItem(label, "S", HPDF_OCLASS_NAME)) pdf_.check(HPDF_Dict_RemoveElement(label, "S"), during);
        if (HPDF_Dict_GetItem(label, "St", HPDF_OCLASS_NUMBER)) pdf_.check(HPDF_Dict_RemoveElement(label, "St"), during);
    }
}

}  // namespace brochure::render
