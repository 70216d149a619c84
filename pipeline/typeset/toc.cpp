#include "typeset/toc.h"

#include <algorithm>
#include <cmath>

#include "typeset/inline_layout.h"

namespace brochure::typeset {

void layoutTableOfContents(Context& context, const content::TableOfContents& toc, const std::vector<TocEntry>& entries,
                           double width, int section, std::vector<Slice>& out) {
    const content::TextStyle& style = toc.style;
    // Title: larger, bold, not itself listed.
    if (!toc.title.empty()) {
        std::vector<content::Span> spans(1);
        spans[0].text = toc.title;
        spans[0].style = style;
        spans[0].style.bold = true;
        spans[0].style.size = style.size * 1.6;
        InlineText text = shapeInline(context, spans, "table of contents");
        LineSettings settings;
        settings.width = width;
        settings.lineHeight = 1.3;
        for (LineBox& line : breakLines(context, text, settings)) {
            Slice slice;
            slice.section = section;
            slice.height = line.height;
            slice.items = std::move(line.items);
            slice.keep = Keep::always;
            out.push_back(std::move(slice));
        }
        if (!out.empty()) out.back().height += style.size;
    }
    std::vector<content::Span> probe(1);
    probe[0].style = style;
    probe[0].text = "0000";
    const double numberWidth = shapeInline(context, probe, "table of contents").maxContentWidth();
    probe[0].text = ". ";
    InlineText dotText = shapeInline(context, probe, "table of contents");
    const double dotWidth = dotText.maxContentWidth() > 0 ? dotText.pieces.front().width + dotText.pieces.back().width : 0;
    const int dotFont = dotText.empty() ? -1 : dotText.pieces.front().face;

    for (const TocEntry& entry : entries) {
        if (entry.level > toc.depth) continue;
        std::vector<content::Span> spans(1);
        spans[0].text = entry.title;
        spans[0].style = style;
        spans[0].style.bold = entry.level == 1;
        InlineText text = shapeInline(context, spans, "table of contents");
        LineSettings settings;
        settings.leftIndent = (entry.level - 1) * 14.0;
        settings.width = width - numberWidth - 12;
        settings.lineHeight = 1.5;
        std::vector<LineBox> lines = breakLines(context, text, settings);
        if (lines.empty()) continue;
        Slice slice;
        slice.section = section;
        for (LineBox& line : lines) {
            for (frame::Item& item : line.items) {
                translate(item, 0, slice.height);
                slice.items.push_back(std::move(item));
            }
            slice.height += line.height;
        }
        // Leader dots from the end of the title to the number column, on the last line.
        const LineBox& last = lines.back();
        const double baseline = slice.height - last.height + last.baseline;
        double textEnd = settings.leftIndent;
        for (const frame::Item& item : last.items)
            if (auto run = std::get_if<frame::TextRun>(&item)) textEnd = std::max(textEnd, run->x + run->width);
        const double leaderEnd = width - numberWidth - 4;
        if (dotFont >= 0 && dotWidth > 0) {
            const int count = static_cast<int>(std::floor((leaderEnd - textEnd - 4) / dotWidth));
            if (count > 0) {
                frame::TextRun dots;
                dots.font = context.docFont(dotFont);
                dots.size = style.size;
                dots.color = toFrame(style.color);
                dots.text.reserve(static_cast<std::size_t>(count) * 2);
                for (int i = 0; i < count; ++i) dots.text += ". ";
                dots.text.pop_back();
                dots.width = count * dotWidth - (dotText.pieces.back().width);
                dots.x = leaderEnd - dots.width;
                dots.baseline = baseline;
                slice.items.push_back(std::move(dots));
            }
        }
        // The page number, right-aligned at the frame's edge once it is known.
        frame::TextRun number;
        number.font = dotFont >= 0 ? context.docFont(dotFont) : 0;
        number.size = style.size;
        number.color = toFrame(style.color);
        number.x = width;
        number.baseline = baseline;
        slice.pageNumbers.push_back({slice.items.size(), entry.anchor});
        slice.items.push_back(std::move(number));
        slice.items.emplace_back(frame::Link{0, 0, width, slice.height, "", entry.anchor});
        out.push_back(std::move(slice));
    }
}

}  // namespace brochure::typeset
