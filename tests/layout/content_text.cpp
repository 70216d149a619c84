#include "content_text.h"

#include <sstream>

namespace brochure::test {

namespace {

void blockText(const content::Block& block, std::ostringstream& out, const std::string& indent);

void tableText(const content::Table& table, std::ostringstream& out, const std::string& indent) {
    out << indent << "table " << table.name << "\n";
    for (const auto& row : table.rows) {
        out << indent << (row.kind == content::RowKind::header ? "  H" : row.kind == content::RowKind::total ? "  T" : "  B");
        for (const auto& cell : row.cells) {
            out << " | " << spansText(cell.spans);
            if (cell.colSpan > 1) out << " <" << cell.colSpan << ">";
            if (cell.rowSpan > 1) out << " ^" << cell.rowSpan;
        }
        out << "\n";
    }
}

void blockText(const content::Block& block, std::ostringstream& out, const std::string& indent) {
    std::visit(
        [&](const auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, content::Heading>)
                out << indent << "heading" << b.level << " #" << b.anchor << ": " << spansText(b.text.spans) << "\n";
            else if constexpr (std::is_same_v<T, content::Paragraph>)
                out << indent << "paragraph: " << spansText(b.spans) << "\n";
            else if constexpr (std::is_same_v<T, content::List>) {
                for (std::size_t i = 0; i < b.items.size(); ++i)
                    out << indent << (b.numbered ? std::to_string(i + 1) + "." : std::string("-")) << " "
                        << spansText(b.items[i].spans) << "\n";
            } else if constexpr (std::is_same_v<T, content::Table>)
                tableText(b, out, indent);
            else if constexpr (std::is_same_v<T, content::Image>)
                out << indent << "image " << b.path << ": " << spansText(b.caption) << "\n";
            else if constexpr (std::is_same_v<T, content::QrCode>)
                out << indent << "qr " << b.data << ": " << spansText(b.caption) << "\n";
            else if constexpr (std::is_same_v<T, content::BarChart>) {
                out << indent << "chart " << b.title << ":";
                for (std::size_t i = 0; i < b.labels.size(); ++i) out << " " << b.labels[i] << "=" << b.values[i];
                out << "\n";
            } else if constexpr (std::is_same_v<T, content::TableOfContents>)
                out << indent << "toc " << b.title << "\n";
            else if constexpr (std::is_same_v<T, content::PageBreak>)
                out << indent << "page-break\n";
            else if constexpr (std::is_same_v<T, content::Spacer>)
                out << indent << "spacer " << b.height << "\n";
            else if constexpr (std::is_same_v<T, content::Columns>) {
                out << indent << "columns\n";
                for (const auto& column : b.columns) {
                    out << indent << "  box\n";
                    for (const auto& inner : column) blockText(inner, out, indent + "    ");
                }
            }
        },
        block);
}

}  // namespace

std::string spansText(const std::vector<content::Span>& spans) {
    std::string text;
    for (const auto& span : spans) text += span.text;
    return text;
}

std::string contentText(const content::Section& section) {
    std::ostringstream out;
    out << "section " << section.title << " [" << section.master << "]\n";
    for (const auto& block : section.blocks) blockText(block, out, "  ");
    return out.str();
}

std::string contentText(const content::Document& document) {
    std::string text = "document " + document.metadata.title + "\n";
    for (const auto& section : document.sections) text += contentText(section);
    return text;
}

}  // namespace brochure::test
