#pragma once
// Block layout: turns content blocks into slices, one frame width at a time. Vertical space
// between blocks collapses (the larger of space-after and space-before wins).

#include <string>
#include <vector>

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/slice.h"
#include "typeset/typeset.h"

namespace brochure::typeset {

// What a table of contents lists, collected from the content before layout.
struct TocEntry {
    std::string title;
    std::string anchor;
    int level = 1;
};

class BlockLayout {
public:
    // `inColumns`: the blocks of a column; columns inside it are joined into one slice.
    BlockLayout(Context& context, const TypesetOptions& options, std::vector<Slice>& out, double width,
                double pageHeight, int section, std::string sectionTitle, const std::vector<TocEntry>& toc,
                bool inColumns = false);

    // Tables are consumed (their cells freed as they are sliced); other blocks are only read.
    void add(content::Block& block);
    void requestPageBreak() { breakNext_ = true; }

private:
    void paragraph(const content::Paragraph& p, bool keepAll, const HeadingMark* heading);
    void heading(const content::Heading& h);
    void list(const content::List& l);
    void table(content::Table& t);
    void image(const content::Image& i);
    void qrCode(const content::QrCode& q);
    void barChart(const content::BarChart& c);
    void tableOfContents(const content::TableOfContents& t);
    void columns(content::Columns& c);
    void joinedColumns(content::Columns& c);
    std::vector<Slice> columnStream(std::vector<content::Block>& blocks, double width);
    int registerBlock(const content::Block& block);
    void caption(const std::vector<content::Span>& spans, double width, double x, Slice& into);

    Slice& push(Slice slice, double spaceBefore, double spaceAfter);
    // Where a text is, for diagnostics: "section 'About Us', text "The Council of Local…"".
    std::string where(const std::vector<content::Span>& spans) const;

    Context& context_;
    const TypesetOptions& options_;
    std::vector<Slice>& out_;
    double width_;
    double pageHeight_;
    int section_;
    std::string sectionTitle_;
    const std::vector<TocEntry>& toc_;
    const bool inColumns_;
    double pendingGap_ = 0;
    bool breakNext_ = false;
};

std::string plainText(const std::vector<content::Span>& spans);

// A heading's destination name: its anchor, or a generated one (the index counts headings in
// document order) so the table of contents can link to every heading.
std::string headingAnchor(const content::Heading& heading, int index);

}  // namespace brochure::typeset
