#include "typeset/page_decor.h"

#include <set>

#include "typeset/inline_layout.h"

namespace brochure::typeset {
namespace {

void replaceAll(std::string& text, const std::string& field, const std::string& value) {
    for (std::size_t at = text.find(field); at != std::string::npos; at = text.find(field, at + value.size()))
        text.replace(at, field.size(), value);
}

// Page furniture in the margin: a header sits on the line `edge` (its bottom) and grows
// upwards, a footer hangs from `edge` (its top) downwards. Text longer than a line wraps; text
// the margin cannot hold is error T503 (once per text), never a line silently left out.
void placeField(Context& context, const content::HeaderFooterField& field, const std::string& text,
                const content::PageMaster& m, double edge, bool fromBottom, frame::Page& page,
                std::set<std::string>& reported) {
    std::vector<content::Span> spans(1);
    spans[0].text = text;
    spans[0].style = field.style;
    InlineText shaped = shapeInline(context, spans, "page header/footer");
    LineSettings settings;
    settings.width = m.width - m.marginLeft - m.marginRight;
    settings.align = field.align;
    settings.lineHeight = 1.2;
    std::vector<LineBox> lines = breakLines(context, shaped, settings);
    if (lines.empty()) return;
    double height = 0;
    for (const LineBox& line : lines) height += line.height;
    const double room = fromBottom ? edge : m.height - edge;
    if (height > room + 1e-6) {
        if (reported.insert(field.text).second)
            context.errorAt(field.source, "T503",
                            std::string(fromBottom ? "header" : "footer") + " \"" + text + "\" takes " +
                                std::to_string(lines.size()) + " lines, more than the page's " +
                                (fromBottom ? "top" : "bottom") + " margin holds",
                            "shorten the text, use a smaller style, or give the page master a larger margin");
        return;
    }
    double top = fromBottom ? edge - height : edge;
    for (LineBox& line : lines) {
        for (frame::Item& item : line.items) {
            translate(item, m.marginLeft, top);
            page.items.push_back(std::move(item));
        }
        top += line.height;
    }
}

}  // namespace

std::string expandFields(const std::string& text, const std::string& page, const std::string& pages,
                         const std::string& section, const std::string& title) {
    std::string out = text;
    replaceAll(out, "{page}", page);
    replaceAll(out, "{pages}", pages);
    replaceAll(out, "{section}", section);
    replaceAll(out, "{title}", title);
    return out;
}

void decoratePages(Context& context, const content::Document& document,
                   const std::vector<const content::PageMaster*>& sectionMasters, Pagination& pagination) {
    const std::string pages = std::to_string(pagination.pages.size());
    std::set<std::string> reported;
    for (std::size_t p = 0; p < pagination.pages.size(); ++p) {
        const int section = pagination.pageSection[p];
        const content::PageMaster& m = *sectionMasters[static_cast<std::size_t>(section)];
        if (p == 0 && !m.headerOnFirstPage) continue;  // the cover has no furniture
        frame::Page& page = pagination.pages[p];
        const std::string& title = document.sections[static_cast<std::size_t>(section)].title;
        for (const auto& field : m.header)
            placeField(context, field, expandFields(field.text, page.label, pages, title, document.metadata.title), m,
                       m.marginTop - 8, true, page, reported);
        for (const auto& field : m.footer)
            placeField(context, field, expandFields(field.text, page.label, pages, title, document.metadata.title), m,
                       m.height - m.marginBottom + 8, false, page, reported);
        if (m.headerRule)
            page.items.emplace_back(frame::Line{m.marginLeft, m.marginTop - 4, m.width - m.marginRight, m.marginTop - 4,
                                             0.5, toFrame(*m.headerRule)});
    }
}

}  // namespace brochure::typeset
