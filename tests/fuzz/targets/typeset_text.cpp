// Fuzz target for the typesetter: the input becomes a small document (paragraphs, headings,
// lists, tables, columns, page breaks) whose text and settings come from the bytes, set with the
// project's real fonts: UTF-8 decoding, font fallback, shaping, line breaking, table layout and
// pagination all see it. Valid or not, any text must give pages or a diagnostic, never a crash.
// The text sanitiser of the entry points (core/printable_text.h) is checked on the same bytes.

#include "targets.h"

#include <cstdio>
#include <cstdlib>

#include "core/printable_text.h"
#include "typeset/typeset.h"

namespace brochure::fuzz {

namespace {

typeset::FontBook& fonts() {
    static typeset::FontBook book = [] {
        Diagnostics diagnostics;
        typeset::FontBook loaded(BROCHURE_SOURCE_DIR "/fonts", diagnostics);
        if (loaded.faceCount() == 0) {
            std::fprintf(stderr, "fuzz setup: no font in %s/fonts\n", BROCHURE_SOURCE_DIR);
            std::abort();
        }
        return loaded;
    }();
    return book;
}

// Reads the input as chunks separated by '\x01'; each chunk's first byte chooses what the
// chunk becomes and how it is styled, the rest is its text.
struct Chunk {
    unsigned char control = 0;
    std::string_view text;
};

std::vector<Chunk> chunks(std::string_view input) {
    std::vector<Chunk> out;
    while (!input.empty()) {
        auto end = input.find('\x01');
        std::string_view piece = input.substr(0, end);
        if (!piece.empty()) out.push_back({static_cast<unsigned char>(piece[0]), piece.substr(1)});
        if (end == std::string_view::npos) break;
        input.remove_prefix(end + 1);
    }
    return out;
}

content::TextStyle textStyle(unsigned char control) {
    content::TextStyle style;
    style.size = 4 + (control >> 5) * 5;  // 4 to 39 pt
    style.bold = control & 0x08;
    style.italic = control & 0x10;
    style.underline = (control & 0x18) == 0x18;
    if (control & 0x04) style.families = {"IPAexGothic", "Noto Sans"};
    return style;
}

content::Paragraph paragraph(const Chunk& chunk) {
    content::Paragraph p;
    content::TextStyle style = textStyle(chunk.control);
    // A '|' starts a new span in a contrasting style, with a link: spans meet inside words.
    std::string_view text = chunk.text;
    bool odd = false;
    while (true) {
        auto bar = text.find('|');
        content::Span span{std::string(text.substr(0, bar)), style, odd ? "#x" : ""};
        if (odd) span.style.bold = !span.style.bold;
        p.spans.push_back(std::move(span));
        if (bar == std::string_view::npos) break;
        text.remove_prefix(bar + 1);
        odd = !odd;
    }
    p.style.align = static_cast<content::Align>(chunk.control % 4);
    p.style.firstLineIndent = (chunk.control & 0x20) ? 12 : 0;
    p.style.leftIndent = (chunk.control & 0x40) ? 30 : 0;
    return p;
}

// Cells split at tabs; every row is padded to the table's widest so the grid is complete (the
// binder guarantees that much).
content::Table table(const std::vector<const Chunk*>& rows) {
    content::Table t;
    t.name = "fuzz";
    std::size_t columns = 1;
    for (const Chunk* row : rows) {
        content::TableRow r;
        r.kind = row == rows.front() && (row->control & 1) ? content::RowKind::header : content::RowKind::body;
        std::string_view text = row->text;
        while (r.cells.size() < 12) {
            auto tab = text.find('\t');
            content::TableCell cell;
            cell.spans.push_back({std::string(text.substr(0, tab)), textStyle(row->control), ""});
            r.cells.push_back(std::move(cell));
            if (tab == std::string_view::npos) break;
            text.remove_prefix(tab + 1);
        }
        columns = std::max(columns, r.cells.size());
        t.rows.push_back(std::move(r));
    }
    for (auto& r : t.rows) r.cells.resize(columns);
    t.columns.resize(columns);
    t.style.outer.width = 0.5;
    return t;
}

content::Document document(std::string_view input) {
    content::Document doc;
    content::PageMaster master;
    unsigned char first = input.empty() ? 0 : static_cast<unsigned char>(input[0]);
    master.width = 150 + (first % 8) * 60;  // narrow pages break more
    master.height = 200 + (first / 8 % 8) * 80;
    master.footer.push_back({"{page} of {pages} {section}", content::Align::center, {}});
    doc.masters.push_back(master);
    content::Section section;
    section.title = "Fuzz";
    auto all = chunks(input);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Chunk& chunk = all[i];
        switch (chunk.control % 7) {
        case 0:
        case 1: section.blocks.push_back(paragraph(chunk)); break;
        case 2: {
            content::Heading h;
            h.level = 1 + chunk.control / 7 % 3;
            h.text = paragraph(chunk);
            h.anchor = "h" + std::to_string(i);
            section.blocks.push_back(std::move(h));
            break;
        }
        case 3: {
            content::List list;
            list.numbered = chunk.control & 0x80;
            list.items.push_back(paragraph(chunk));
            section.blocks.push_back(std::move(list));
            break;
        }
        case 4: {
            std::vector<const Chunk*> rows;
            while (i < all.size() && all[i].control % 7 == 4 && rows.size() < 40) rows.push_back(&all[i++]);
            --i;
            section.blocks.push_back(table(rows));
            break;
        }
        case 5: {
            content::Columns columns;
            columns.columns.resize(2);
            columns.columns[0].push_back(paragraph(chunk));
            columns.columns[1].push_back(content::TableOfContents{});
            section.blocks.push_back(std::move(columns));
            break;
        }
        default:
            if (chunk.control & 0x80) section.blocks.push_back(content::PageBreak{});
            else section.blocks.push_back(content::Spacer{static_cast<double>(chunk.text.size())});
        }
    }
    doc.sections.push_back(std::move(section));
    return doc;
}

}  // namespace

std::string typesetText(std::string_view input) {
    // The sanitiser every entry point runs (core/printable_text.h) is in the loop: its answer must
    // point inside the text at the first character it refuses. The typesetter then gets the text
    // whatever the answer: the program never hands it refused text, but its line breaker must
    // not abort on any text (U+FFFF and flag emoji once did).
    if (auto refused = findUnprintable(input)) {
        if (refused->offset >= input.size()) return "the sanitiser points past the end of the text";
        if (findUnprintable(input.substr(0, refused->offset))) return "the sanitiser passed over an earlier character";
    }
    content::Document doc = document(input);
    Diagnostics diagnostics;
    typeset::TypesetOptions options;
    options.source = "fuzz.xml";
    frame::Document pages = typeset::typeset(doc, fonts(), diagnostics, options);
    // A document without pages is legitimate here: the painter refuses it with R206.
    for (const auto& page : pages.pages)
        if (!(page.width > 0 && page.height > 0)) return "a page without a size";
    return {};
}

}  // namespace brochure::fuzz
