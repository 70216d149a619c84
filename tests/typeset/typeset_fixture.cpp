#include "typeset_fixture.h"

namespace brochure::typeset::test {

FontBook& sharedFonts() {
    static Diagnostics diagnostics;
    static FontBook fonts(fontsDir(), diagnostics);
    return fonts;
}

content::Span span(std::string text, double size, bool bold) {
    content::Span s;
    s.text = std::move(text);
    s.style.size = size;
    s.style.bold = bold;
    return s;
}

content::Paragraph paragraph(std::string text, double size, content::Align align) {
    content::Paragraph p;
    p.spans.push_back(span(std::move(text), size));
    p.style.align = align;
    return p;
}

content::Heading heading(std::string text, std::string anchor, int level) {
    content::Heading h;
    h.level = level;
    h.text.spans.push_back(span(std::move(text), 16, true));
    h.text.style.spaceBefore = 12;
    h.text.style.spaceAfter = 6;
    h.anchor = std::move(anchor);
    return h;
}

content::Document document(std::vector<content::Block> blocks, double pageHeight, double pageWidth) {
    content::Document doc;
    content::PageMaster master;
    master.height = pageHeight;
    master.width = pageWidth;
    doc.masters.push_back(master);
    content::Section section;
    section.title = "Test";
    section.blocks = std::move(blocks);
    doc.sections.push_back(std::move(section));
    return doc;
}

content::Table table(std::string name, int rows, int columns) {
    content::Table t;
    t.name = std::move(name);
    t.columns.resize(static_cast<std::size_t>(columns));
    t.style.inner.width = 0.5;
    t.style.outer.width = 1;
    content::TableRow header;
    header.kind = content::RowKind::header;
    for (int c = 0; c < columns; ++c) header.cells.push_back({{span("Head " + std::to_string(c + 1))}, 1, 1, {}, {}});
    t.rows.push_back(header);
    for (int r = 0; r < rows; ++r) {
        content::TableRow row;
        for (int c = 0; c < columns; ++c)
            row.cells.push_back({{span("r" + std::to_string(r + 1) + "c" + std::to_string(c + 1))}, 1, 1, {}, {}});
        t.rows.push_back(std::move(row));
    }
    return t;
}

frame::Document run(const content::Document& doc, Diagnostics& diagnostics) {
    return typeset(doc, sharedFonts(), diagnostics);
}

std::vector<const frame::TextRun*> textRuns(const frame::Page& page) {
    std::vector<const frame::TextRun*> out;
    for (const frame::Item& item : page.items)
        if (auto run = std::get_if<frame::TextRun>(&item)) out.push_back(run);
    return out;
}

int pageOf(const frame::Document& doc, const std::string& text) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const frame::TextRun* run : textRuns(doc.pages[p]))
            if (run->text == text) return static_cast<int>(p);
    return -1;
}

std::string pageText(const frame::Page& page) {
    std::string out;
    for (const frame::TextRun* run : textRuns(page)) {
        if (!out.empty()) out += '|';
        out += run->text;
    }
    return out;
}

bool hasCode(const Diagnostics& diagnostics, const std::string& code) {
    for (const Diagnostic& d : diagnostics.all())
        if (d.code == code) return true;
    return false;
}

}  // namespace brochure::typeset::test
