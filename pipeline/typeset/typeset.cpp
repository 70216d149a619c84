#include "typeset/typeset.h"

#include <set>
#include <unordered_map>

#include "typeset/block_layout.h"
#include "typeset/context.h"
#include "typeset/inline_layout.h"
#include "typeset/page_decor.h"
#include "typeset/paginator.h"

namespace brochure::typeset {
namespace {

void collectHeadings(const std::vector<content::Block>& blocks, int& index, std::vector<TocEntry>& out) {
    for (const content::Block& block : blocks) {
        if (auto h = std::get_if<content::Heading>(&block)) {
            const std::string anchor = headingAnchor(*h, index++);
            if (h->inOutline) out.push_back({plainText(h->text.spans), anchor, h->level});
        } else if (auto c = std::get_if<content::Columns>(&block)) {
            for (const auto& column : c->columns) collectHeadings(column, index, out);
        }
    }
}

std::vector<const content::PageMaster*> sectionMasters(Context& context, const content::Document& document,
                                                       const content::PageMaster& fallback) {
    const content::PageMaster& first = document.masters.empty() ? fallback : document.masters.front();
    std::vector<const content::PageMaster*> out;
    for (const content::Section& section : document.sections) {
        const content::PageMaster* found = &first;
        if (!section.master.empty()) {
            auto it = std::find_if(document.masters.begin(), document.masters.end(),
                                   [&](const content::PageMaster& m) { return m.name == section.master; });
            if (it != document.masters.end()) found = &*it;
            else
                context.warn("T501", "section '" + section.title + "' asks for page master '" + section.master +
                                         "', which is not defined; the default master is used");
        }
        out.push_back(found);
    }
    return out;
}

bool validMaster(Context& context, const content::PageMaster& m) {
    if (m.width - m.marginLeft - m.marginRight >= content::kSmallestFrame &&
        m.height - m.marginTop - m.marginBottom >= content::kSmallestFrame)
        return true;
    context.errorAt(m.source, "T502",
                    "page master '" + m.name + "' leaves no room for content (" + std::to_string(int(m.width)) + " x " +
                        std::to_string(int(m.height)) + " pt with its margins)",
                    "make the margins smaller than the page");
    return false;
}

// TOC page numbers: known now that every heading has its page.
void fillPageNumbers(Context& context, Pagination& pagination) {
    for (const PageNumberFixup& fix : pagination.pageNumbers) {
        auto found = pagination.anchors.find(fix.anchor);
        if (found == pagination.anchors.end()) continue;
        auto& run = std::get<frame::TextRun>(pagination.pages[static_cast<std::size_t>(fix.page)].items[fix.item]);
        run.text = pagination.pages[static_cast<std::size_t>(found->second.page)].label;
        const int face = context.faceOfDocFont[static_cast<std::size_t>(run.font)];
        run.width = context.fonts.measure(face, run.text) * run.size;
        run.x -= run.width;
    }
}

void checkLinks(Context& context, const Pagination& pagination) {
    std::set<std::string> reported;
    for (const frame::Page& page : pagination.pages)
        for (const frame::Item& item : page.items)
            if (auto link = std::get_if<frame::Link>(&item))
                if (!link->destination.empty() && !pagination.anchors.count(link->destination) &&
                    reported.insert(link->destination).second)
                    context.warn("T401", "link to '#" + link->destination + "', but no heading has that anchor",
                                 "check the anchor name; the link is kept but leads nowhere");
}

// Running headers and footers (the items after each page's first `bodyItems`) stay on their page
// (the paginator has checked the body against the content box): an item off the page would be
// cut off by every viewer.
void checkOnPage(Context& context, const Pagination& pagination, const std::vector<std::size_t>& bodyItems,
                 const std::vector<const content::PageMaster*>& masters) {
    for (std::size_t p = 0; p < pagination.pages.size(); ++p) {
        const frame::Page& page = pagination.pages[p];
        for (std::size_t i = bodyItems[p]; i < page.items.size(); ++i) {
            const Bounds b = bounds(page.items[i]);
            if (b.x1 >= -kOutsideTolerance && b.y1 >= -kOutsideTolerance && b.x2 <= page.width + kOutsideTolerance &&
                b.y2 <= page.height + kOutsideTolerance)
                continue;
            const content::PageMaster& master = *masters[static_cast<std::size_t>(pagination.pageSection[p])];
            context.errorAt(master.source, "T603",
                            "page " + page.label + " (page master '" + master.name +
                                "'): the running header or footer reaches outside the page",
                            "make the page master's margins larger than its header and footer lines");
            return;
        }
    }
}

}  // namespace

frame::Document typeset(content::Document document, FontBook& fonts, Diagnostics& diagnostics,
                        const TypesetOptions& options) {
    frame::Document out;
    out.metadata = {document.metadata.title, document.metadata.author, document.metadata.subject,
                    document.metadata.keywords, document.metadata.language, options.date};
    if (fonts.faceCount() == 0) return out;  // the FontBook has reported why
    Context context(fonts, diagnostics, options.source);
    context.placeOf = options.placeOf;
    // Every section left out (`when="rows"` over data that returned no rows): the document is
    // one empty page of the default master, as a document with nothing to place (Paginator::run).
    if (document.sections.empty()) document.sections.emplace_back();
    const content::PageMaster defaultMaster;
    const std::vector<const content::PageMaster*> masters = sectionMasters(context, document, defaultMaster);
    bool mastersOk = true;
    for (const content::PageMaster& m : document.masters) mastersOk = validMaster(context, m) && mastersOk;
    if (!mastersOk) return out;

    std::vector<TocEntry> toc;
    int headingIndex = 0;
    for (const content::Section& section : document.sections) collectHeadings(section.blocks, headingIndex, toc);

    std::vector<Slice> slices;
    for (std::size_t s = 0; s < document.sections.size(); ++s) {
        content::Section& section = document.sections[s];
        const content::PageMaster& m = *masters[s];
        BlockLayout layout(context, options, slices, m.width - m.marginLeft - m.marginRight,
                           m.height - m.marginTop - m.marginBottom, static_cast<int>(s), section.title, toc);
        if (section.pageBreakBefore && s > 0) layout.requestPageBreak();
        for (content::Block& block : section.blocks) layout.add(block);
    }
    if (context.pageLimitPassed) return out;
    Pagination pagination = paginate(context, std::move(slices), masters);
    fillPageNumbers(context, pagination);
    checkLinks(context, pagination);
    std::vector<std::size_t> bodyItems;
    for (const frame::Page& page : pagination.pages) bodyItems.push_back(page.items.size());
    decoratePages(context, document, masters, pagination);
    checkOnPage(context, pagination, bodyItems, masters);

    out.pages.reserve(pagination.pages.size());
    for (frame::Page& page : pagination.pages) out.pages.push_back(std::move(page));
    out.outline = std::move(pagination.outline);
    out.fonts = std::move(context.usedFonts);
    return out;
}

}  // namespace brochure::typeset
