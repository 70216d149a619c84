#include "render/page_painter.h"

#include <optional>

namespace brochure::render {
namespace {

// Emits PDF operators for one page, skipping redundant state changes (a 100-page table repeats
// the same font, size and colour thousands of times) and keeping consecutive text runs in one
// BT...ET block. Frame coordinates have y down from the top; PDF has y up from the bottom.
class PagePainter {
public:
    PagePainter(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
                const PdfFonts& fonts, PdfImages& images)
        : pdf_(pdf), page_(page), height_(content.height), fonts_(fonts), images_(images),
          during_("drawing page " + std::to_string(pageIndex + 1)) {}

    void paint(const frame::Item& item) {
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, frame::TextRun>) text(it);
                else if constexpr (std::is_same_v<T, frame::Rect>) rect(it);
                else if constexpr (std::is_same_v<T, frame::Line>) line(it);
                else if constexpr (std::is_same_v<T, frame::ImagePlacement>) image(it);
                // Links and destinations are not drawn.
            },
            item);
    }

    void finish() { endText(); }

private:
    static HPDF_REAL r(double value) { return static_cast<HPDF_REAL>(value); }
    HPDF_REAL flip(double y) const { return r(height_ - y); }

    void text(const frame::TextRun& run) {
        HPDF_Font font = fonts_.font(run.font);
        if (!font || run.text.empty()) return;  // a bad font was reported when embedding
        if (!inText_) {
            pdf_.check(HPDF_Page_BeginText(page_), during_);
            inText_ = true;
        }
        if (font != font_ || run.size != size_) {
            pdf_.check(HPDF_Page_SetFontAndSize(page_, font, r(run.size)), during_);
            font_ = font;
            size_ = run.size;
        }
        setFill(run.color);
        pdf_.check(HPDF_Page_TextOut(page_, r(run.x), flip(run.baseline), run.text.c_str()), during_);
    }

    void rect(const frame::Rect& box) {
        bool stroke = box.strokeWidth > 0;
        if (!box.filled && !stroke) return;
        endText();
        if (box.filled) setFill(box.fill);
        if (stroke) setStroke(box.stroke, box.strokeWidth);
        pdf_.check(HPDF_Page_Rectangle(page_, r(box.x), flip(box.y + box.height), r(box.width), r(box.height)), during_);
        HPDF_STATUS status = box.filled && stroke ? HPDF_Page_FillStroke(page_)
                             : box.filled         ? HPDF_Page_Fill(page_)
                                                  : HPDF_Page_Stroke(page_);
        pdf_.check(status, during_);
    }

    void line(const frame::Line& rule) {
        endText();
        setStroke(rule.color, rule.width);
        pdf_.check(HPDF_Page_MoveTo(page_, r(rule.x1), flip(rule.y1)), during_);
        pdf_.check(HPDF_Page_LineTo(page_, r(rule.x2), flip(rule.y2)), during_);
        pdf_.check(HPDF_Page_Stroke(page_), during_);
    }

    void image(const frame::ImagePlacement& placement) {
        HPDF_Image image = images_.get(placement.path);
        if (!image) return;  // the image loader reported why
        endText();
        pdf_.check(HPDF_Page_DrawImage(page_, image, r(placement.x), flip(placement.y + placement.height),
                                       r(placement.width), r(placement.height)),
                   during_);
    }

    void endText() {
        if (!inText_) return;
        pdf_.check(HPDF_Page_EndText(page_), during_);
        inText_ = false;
    }

    void setFill(const frame::Color& color) {
        if (fill_ == color) return;
        pdf_.check(HPDF_Page_SetRGBFill(page_, r(color.r), r(color.g), r(color.b)), during_);
        fill_ = color;
    }

    void setStroke(const frame::Color& color, double width) {
        if (stroke_ != color) {
            pdf_.check(HPDF_Page_SetRGBStroke(page_, r(color.r), r(color.g), r(color.b)), during_);
            stroke_ = color;
        }
        if (lineWidth_ != width) {
            pdf_.check(HPDF_Page_SetLineWidth(page_, r(width)), during_);
            lineWidth_ = width;
        }
    }

    HpdfDocument& pdf_;
    HPDF_Page page_;
    double height_;
    const PdfFonts& fonts_;
    PdfImages& images_;
    std::string during_;
    bool inText_ = false;
    HPDF_Font font_ = nullptr;
    double size_ = 0;
    // A fresh page's graphics state: black fill and stroke, line width 1.
    frame::Color fill_{}, stroke_{};
    double lineWidth_ = 1;
};

}  // namespace

void paintPage(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
               const PdfFonts& fonts, PdfImages& images) {
    PagePainter painter(pdf, page, content, pageIndex, fonts, images);
    for (const frame::Item& item : content.items) painter.paint(item);
    painter.finish();
}

}  // namespace brochure::render
