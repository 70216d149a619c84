#include "typeset/block_layout.h"

#include <algorithm>

#include "typeset/figures.h"
#include "typeset/inline_layout.h"
#include "typeset/page_limit.h"
#include "typeset/table_layout.h"
#include "typeset/toc.h"

namespace brochure::typeset {

std::string plainText(const std::vector<content::Span>& spans) {
    std::string text;
    for (const content::Span& span : spans) text += span.text;
    return text;
}

std::string headingAnchor(const content::Heading& heading, int index) {
    return heading.anchor.empty() ? "_heading" + std::to_string(index) : heading.anchor;
}

BlockLayout::BlockLayout(Context& context, const TypesetOptions& options, std::vector<Slice>& out, double width,
                         double pageHeight, int section, std::string sectionTitle, const std::vector<TocEntry>& toc,
                         bool inColumns)
    : context_(context), options_(options), out_(out), width_(width), pageHeight_(pageHeight), section_(section),
      sectionTitle_(std::move(sectionTitle)), toc_(toc), inColumns_(inColumns) {}

namespace {

// The first 32 bytes of a text (not cut inside a character), for diagnostics.
std::string excerpt(const std::vector<content::Span>& spans) {
    std::string text = plainText(spans);
    if (text.size() > 32) {
        std::size_t cut = 32;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        text = text.substr(0, cut) + "…";
    }
    return text;
}

}  // namespace

std::string BlockLayout::where(const std::vector<content::Span>& spans) const {
    return "section '" + sectionTitle_ + "', text \"" + excerpt(spans) + "\"";
}

Slice& BlockLayout::push(Slice slice, double spaceBefore, double spaceAfter) {
    slice.gapBefore = std::max(pendingGap_, spaceBefore);
    slice.section = section_;
    slice.breakBefore = breakNext_;
    breakNext_ = false;
    pendingGap_ = spaceAfter;
    out_.push_back(std::move(slice));
    return out_.back();
}

// The block's name for diagnostics: what it is, its first words or name, its section.
int BlockLayout::registerBlock(const content::Block& block) {
    BlockOrigin origin;
    std::visit(
        [&](const auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, content::Heading>) {
                origin = {b.text.source, "<heading> \"" + excerpt(b.text.spans) + "\""};
            } else if constexpr (std::is_same_v<T, content::Paragraph>) {
                origin = {b.source, "<paragraph> \"" + excerpt(b.spans) + "\""};
            } else if constexpr (std::is_same_v<T, content::List>) {
                origin = {b.source, "<list> \"" + (b.items.empty() ? std::string{} : excerpt(b.items.front().spans)) + "\""};
            } else if constexpr (std::is_same_v<T, content::Table>) {
                origin = {b.source, "<table '" + b.name + "'>"};
            } else if constexpr (std::is_same_v<T, content::Image>) {
                origin = {b.source, "<image> '" + b.path + "'"};
            } else if constexpr (std::is_same_v<T, content::QrCode>) {
                origin = {b.source, "<qr> '" + b.data + "'"};
            } else if constexpr (std::is_same_v<T, content::BarChart>) {
                origin = {b.source, "<chart> '" + b.title + "'"};
            } else if constexpr (std::is_same_v<T, content::TableOfContents>) {
                origin = {b.source, "<toc>"};
            } else if constexpr (std::is_same_v<T, content::Columns>) {
                origin = {b.source, "<columns>"};
            }
        },
        block);
    origin.name += " in section '" + sectionTitle_ + "'";
    context_.blocks.push_back(std::move(origin));
    return static_cast<int>(context_.blocks.size()) - 1;
}

void BlockLayout::add(content::Block& block) {
    if (std::holds_alternative<content::PageBreak>(block) || std::holds_alternative<content::Spacer>(block)) {
        if (std::holds_alternative<content::PageBreak>(block)) requestPageBreak();
        else pendingGap_ += std::get<content::Spacer>(block).height;
        return;
    }
    if (context_.pageLimitPassed) return;
    const int id = registerBlock(block);
    context_.currentBlock = id;
    const std::size_t first = out_.size();
    std::visit(
        [&](auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, content::Heading>) heading(b);
            else if constexpr (std::is_same_v<T, content::Paragraph>) paragraph(b, false, nullptr);
            else if constexpr (std::is_same_v<T, content::List>) list(b);
            else if constexpr (std::is_same_v<T, content::Table>) table(b);
            else if constexpr (std::is_same_v<T, content::Image>) image(b);
            else if constexpr (std::is_same_v<T, content::QrCode>) qrCode(b);
            else if constexpr (std::is_same_v<T, content::BarChart>) barChart(b);
            else if constexpr (std::is_same_v<T, content::TableOfContents>) tableOfContents(b);
            else if constexpr (std::is_same_v<T, content::Columns>) columns(b);
        },
        block);
    double height = 0;
    for (std::size_t q = first; q < out_.size(); ++q) {
        if (out_[q].block < 0) out_[q].block = id;
        height += out_[q].height;
    }
    // Tables count their own rows as they go (a runaway one stops there).
    if (!std::holds_alternative<content::Table>(block) && !inColumns_) countLaidOut(context_, height, pageHeight_);
}

// One slice per line. Widows and orphans: the first two lines stay together, and so do the
// last two, so a page break never leaves a single line of a paragraph behind or ahead.
void BlockLayout::paragraph(const content::Paragraph& p, bool keepAll, const HeadingMark* heading) {
    InlineText text = shapeInline(context_, p.spans, where(p.spans));
    LineSettings settings;
    settings.width = width_;
    settings.leftIndent = p.style.leftIndent;
    settings.firstLineIndent = p.style.firstLineIndent;
    settings.align = p.style.align;
    settings.lineHeight = p.style.lineHeight;
    std::vector<LineBox> lines = breakLines(context_, text, settings);
    if (lines.empty() && heading == nullptr) {
        pendingGap_ = std::max(pendingGap_, p.style.spaceBefore) + p.style.spaceAfter;
        return;
    }
    if (lines.empty()) lines.push_back(LineBox{p.spans.empty() ? 12.0 : p.spans.front().style.size * p.style.lineHeight, 0, {}});
    const std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        Slice slice;
        slice.height = lines[i].height;
        slice.items.reserve(lines[i].items.size() + 2);
        if (p.style.background)
            slice.items.emplace_back(frame::Rect{0, 0, width_, slice.height, true, toFrame(*p.style.background), 0, {}});
        if (i == 0 && heading) {
            if (!heading->anchor.empty()) slice.items.emplace_back(frame::Destination{heading->anchor, 0});
            slice.headings.push_back(*heading);
        }
        for (frame::Item& item : lines[i].items) slice.items.push_back(std::move(item));
        const bool last = i + 1 == n;
        if (keepAll || (last && p.style.keepWithNext)) slice.keep = Keep::always;
        else if (!last && (i == 0 || i + 2 == n)) slice.keep = Keep::lines;
        push(std::move(slice), i == 0 ? p.style.spaceBefore : 0.0, last ? p.style.spaceAfter : 0.0);
        if (!last) pendingGap_ = 0;
    }
}

void BlockLayout::heading(const content::Heading& h) {
    HeadingMark mark{plainText(h.text.spans), headingAnchor(h, context_.headingCount++), h.level, h.inOutline, 0};
    paragraph(h.text, true, &mark);
}

void BlockLayout::list(const content::List& l) {
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        const content::Paragraph& item = l.items[i];
        content::Paragraph indented = item;
        indented.style.leftIndent += l.indent;
        indented.style.firstLineIndent = 0;
        const std::size_t first = out_.size();
        paragraph(indented, false, nullptr);
        if (out_.size() == first) continue;
        // The marker sits in the hanging indent, on the first line's baseline.
        content::Span marker;
        marker.text = l.numbered ? std::to_string(i + 1) + "." : l.bullet;
        if (!item.spans.empty()) marker.style = item.spans.front().style;
        marker.style.underline = false;
        std::vector<content::Span> spans{marker};
        InlineText text = shapeInline(context_, spans, where(item.spans));
        LineSettings settings;
        settings.width = l.indent;
        settings.lineHeight = item.style.lineHeight;
        std::vector<LineBox> lines = breakLines(context_, text, settings);
        if (lines.empty()) continue;
        Slice& firstLine = out_[first];
        double baseline = 0;
        for (const frame::Item& it : firstLine.items)
            if (auto run = std::get_if<frame::TextRun>(&it)) { baseline = run->baseline; break; }
        for (frame::Item& it : lines.front().items) {
            translate(it, item.style.leftIndent, baseline - lines.front().baseline);
            firstLine.items.push_back(std::move(it));
        }
    }
}

void BlockLayout::table(content::Table& t) {
    if (!t.caption.empty()) {
        content::Paragraph caption;
        content::Span span;
        span.text = t.caption;
        span.style = t.style.bodyText;
        span.style.bold = true;
        caption.spans.push_back(span);
        caption.style.spaceBefore = std::max(pendingGap_, 6.0);
        caption.style.spaceAfter = 3;
        caption.style.keepWithNext = true;
        paragraph(caption, true, nullptr);
    }
    TablePlacement placement;
    placement.frameWidth = width_;
    placement.pageHeight = pageHeight_;
    placement.tableId = context_.nextTableId++;
    placement.section = section_;
    placement.gapBefore = std::max(pendingGap_, 6.0);
    const std::size_t first = out_.size();
    // About one slice per row: growing by doubling would hold the old and the new array at once
    // (a 100,000-row table: 28 MB of slices and 14 MB more during the last move).
    // Small tables (the brochure's) keep the usual doubling.
    const std::size_t needed = first + t.rows.size() + 1;
    if (out_.capacity() < needed) out_.reserve(std::max(needed, 2 * first));
    layoutTable(context_, t, placement, out_);
    if (out_.size() > first) {
        out_[first].breakBefore = breakNext_;
        breakNext_ = false;
        pendingGap_ = 8;
    }
}

void BlockLayout::caption(const std::vector<content::Span>& spans, double width, double x, Slice& into) {
    if (spans.empty()) return;
    InlineText text = shapeInline(context_, spans, where(spans));
    LineSettings settings;
    settings.width = width;
    settings.align = content::Align::center;
    settings.lineHeight = 1.2;
    into.height += 4;
    for (LineBox& line : breakLines(context_, text, settings)) {
        for (frame::Item& item : line.items) {
            translate(item, x, into.height);
            into.items.push_back(std::move(item));
        }
        into.height += line.height;
    }
}

void BlockLayout::image(const content::Image& i) {
    Slice slice = layoutImage(context_, options_, i, width_, pageHeight_);
    caption(i.caption, width_, 0, slice);
    // A figure floats down past the text after it, unless it belongs to the heading just
    // before it (a heading never stays behind alone).
    slice.isFloat = out_.empty() || out_.back().keep != Keep::always;
    push(std::move(slice), 6, 6);
}

void BlockLayout::qrCode(const content::QrCode& q) {
    Slice slice = layoutQrCode(context_, q, width_);
    caption(q.caption, qrBoxWidth(q, width_), 0, slice);
    push(std::move(slice), 6, 6);
}

void BlockLayout::barChart(const content::BarChart& c) {
    // A chart longer than a page comes in page-sized pieces; the first leaves room for the
    // heading kept with it, so the heading never stays behind alone.
    double keptAbove = std::max(pendingGap_, 6.0);
    for (auto s = out_.rbegin(); s != out_.rend() && s->keep != Keep::none && !s->isFloat; ++s)
        keptAbove += s->height + s->gapBefore;
    for (Slice& piece : layoutBarChart(context_, c, width_, pageHeight_, keptAbove)) push(std::move(piece), 6, 6);
}

void BlockLayout::tableOfContents(const content::TableOfContents& t) {
    const std::size_t first = out_.size();
    layoutTableOfContents(context_, t, toc_, width_, section_, out_);
    if (out_.size() > first) {
        out_[first].breakBefore = breakNext_;
        out_[first].gapBefore = pendingGap_;
        breakNext_ = false;
        pendingGap_ = 12;
    }
}

// Blocks in columns: each box (or the flowing form's one run of blocks) is laid out at the
// column width into a stream of slices, which the paginator places column by column, page by
// page. Columns inside a column are joined into one slice instead.
void BlockLayout::columns(content::Columns& c) {
    if (c.columns.empty()) return;
    if (inColumns_) {
        joinedColumns(c);
        return;
    }
    auto set = std::make_shared<ColumnSet>();
    set->flowing = c.count > 0;
    set->balance = c.balance;
    set->count = set->flowing ? c.count : static_cast<int>(c.columns.size());
    set->gap = c.gap;
    const double n = static_cast<double>(set->count);
    set->width = std::max(1.0, (width_ - c.gap * (n - 1)) / n);
    Slice slice;
    // n columns fill a page n times as fast: the page limit counts their slices at 1/n.
    context_.columnShare = 1 / n;
    for (std::vector<content::Block>& blocks : c.columns) {
        set->streams.push_back(columnStream(blocks, set->width));
        // The least room the set needs to start: the first chain of kept slices of a stream,
        // so a heading before the columns never stays behind alone.
        const std::vector<Slice>& stream = set->streams.back();
        double start = 0;
        for (std::size_t q = 0; q < stream.size(); ++q) {
            start += (q > 0 ? stream[q].gapBefore : 0.0) + stream[q].height;
            if (stream[q].keep == Keep::none) break;
        }
        slice.height = std::max(slice.height, std::min(start, pageHeight_));
    }
    context_.columnShare = 1;
    slice.columns = std::move(set);
    push(std::move(slice), 6, 6);
}

std::vector<Slice> BlockLayout::columnStream(std::vector<content::Block>& blocks, double width) {
    std::vector<Slice> slices;
    BlockLayout inner(context_, options_, slices, width, pageHeight_, section_, sectionTitle_, toc_, true);
    for (content::Block& block : blocks) inner.add(block);
    for (Slice& s : slices) s.isFloat = false;  // a figure in a column stays in its place
    return slices;
}

// Columns inside a column: side by side in one slice, which does not break.
void BlockLayout::joinedColumns(content::Columns& c) {
    const std::size_t count = c.count > 0 ? static_cast<std::size_t>(c.count) : c.columns.size();
    const double n = static_cast<double>(count);
    const double columnWidth = std::max(1.0, (width_ - c.gap * (n - 1)) / n);
    Slice joined;
    for (std::size_t k = 0; k < c.columns.size(); ++k) {
        std::vector<Slice> slices = columnStream(c.columns[k], columnWidth);
        const double x = static_cast<double>(k) * (columnWidth + c.gap);
        double y = 0;
        for (std::size_t s = 0; s < slices.size(); ++s) {
            if (s > 0) y += slices[s].gapBefore;
            for (frame::Item& item : slices[s].items) {
                translate(item, x, y);
                joined.items.push_back(std::move(item));
            }
            for (HeadingMark h : slices[s].headings) {
                h.y += y;
                joined.headings.push_back(std::move(h));
            }
            y += slices[s].height;
        }
        joined.height = std::max(joined.height, y);
    }
    push(std::move(joined), 6, 6);
}

}  // namespace brochure::typeset
