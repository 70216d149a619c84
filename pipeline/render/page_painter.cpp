#include "render/page_painter.h"

#include <unordered_map>

#include "image/cmyk.h"
#include "render/content_stream.h"
#include "render/flate_stream.h"

namespace brochure::render {
namespace {

// Emits PDF operators for one page into a ContentStream, skipping redundant state changes (a
// 100-page table repeats the same font, size and colour thousands of times) and keeping
// consecutive text runs in one BT...ET block. libharu registers the font and image resources;
// the whole page's operators are compressed here at the end (render/flate_stream.h). Frame
// coordinates have y down from the top; PDF has y up from the bottom.
class PagePainter {
public:
    PagePainter(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
                const PdfFonts& fonts, PdfImages& images, const PrintPage* print)
        : pdf_(pdf), page_(page), framePage_(content), pageIndex_(pageIndex), height_(content.height),
          fonts_(fonts), images_(images), print_(print), during_("drawing page " + std::to_string(pageIndex + 1)) {
        if (print_) startPrintPage();
    }

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

    void finish() {
        endText();
        if (print_) finishPrintPage();
        flush();
    }

private:
    void text(const frame::TextRun& run) {
        HPDF_Font font = fonts_.font(run.font);
        if (!font || run.text.empty()) return;  // a bad font was reported when embedding
        if (!content_.inText()) content_.beginText();
        if (font != font_ || run.size != size_) {
            content_.font(resourceName(font), run.size);
            font_ = font;
            size_ = run.size;
        }
        setFill(run.color);
        const frame::FontFace* face = fonts_.face(run.font);
        const bool stroked = face && face->syntheticBold;
        if (stroked) setStroke(run.color, run.size * kSyntheticBoldStroke);
        if (stroked != stroked_) {
            content_.renderMode(stroked ? 2 : 0);
            stroked_ = stroked;
        }
        const double slant = face && face->syntheticItalic ? kSyntheticItalicSlant : 0.0;
        content_.text(run.x, height_ - run.baseline, run.text, run.kerning, run.size, slant);
    }

    // A synthetic bold strokes the outlines with 1/30 of the font size (about what a real bold
    // adds to a regular stem); a synthetic italic slants them by about 12 degrees (tan 12°).
    static constexpr double kSyntheticBoldStroke = 1.0 / 30.0;
    static constexpr double kSyntheticItalicSlant = 0.2126;

    // The page's resource name for `font` ("F1"); libharu registers it in the page's resources.
    const char* resourceName(HPDF_Font font) {
        auto& name = fontNames_[font];
        if (!name) name = pdf_.need(HPDF_Page_GetLocalFontName(page_, font), during_);
        return name;
    }

    void rect(const frame::Rect& drawn) {
        const frame::Rect box =
            print_ ? extendIntoBleed(drawn, framePage_.width, framePage_.height, print_->edition->bleed) : drawn;
        bool stroke = box.strokeWidth > 0;
        if (!box.filled && !stroke) return;
        endText();
        if (box.filled) setFill(box.fill);
        if (stroke) setStroke(box.stroke, box.strokeWidth);
        content_.rectangle(box.x, height_ - box.y - box.height, box.width, box.height, box.filled, stroke);
    }

    void line(const frame::Line& rule) {
        endText();
        setStroke(rule.color, rule.width);
        content_.line(rule.x1, height_ - rule.y1, rule.x2, height_ - rule.y2);
    }

    void image(const frame::ImagePlacement& placed) {
        HPDF_Image image = images_.get(placed.path);
        if (!image) return;  // the image loader reported why
        endText();
        frame::ImagePlacement placement = placed;
        std::optional<frame::Rect> clip;
        if (print_) {
            images_.checkResolution(placed.path, image, pageIndex_, placed.width, placed.height,
                                    print_->edition->minimumPpi);
            clip = extendImageIntoBleed(placement, framePage_.width, framePage_.height, print_->edition->bleed);
        }
        if (clip) {
            content_.saveState();
            content_.clipRectangle(clip->x, height_ - clip->y - clip->height, clip->width, clip->height);
        }
        const char* name = pdf_.need(HPDF_Page_GetXObjectName(page_, image), during_);
        content_.image(name, placement.x, height_ - placement.y - placement.height, placement.width,
                       placement.height);
        if (clip) content_.restoreState();
    }

    // The page is drawn in trim coordinates moved into the media box, and starts from CMYK black
    // so that no colour is ever left to the DeviceGray default.
    void startPrintPage() {
        content_.saveState();
        content_.translate(print_->geometry.offset, print_->geometry.offset);
        content_.fillCmyk(0, 0, 0, 1);
        content_.strokeCmyk(0, 0, 0, 1);
    }

    // Back in media coordinates: crop marks and registration targets in registration colour (all
    // four inks, so they appear on every plate), hairlines, outside the bleed.
    void finishPrintPage() {
        content_.restoreState();
        if (!print_->edition->cropMarks) return;
        content_.saveState();
        content_.strokeCmyk(1, 1, 1, 1);
        content_.lineWidth(kMarkLineWidth);
        for (const Segment& mark : cropMarks(print_->geometry)) content_.line(mark.x1, mark.y1, mark.x2, mark.y2);
        for (const auto& [x, y] : registrationTargets(print_->geometry)) {
            content_.circle(x, y, kRegistrationRadius);
            const double arm = kRegistrationRadius + 2;
            content_.line(x - arm, y, x + arm, y);
            content_.line(x, y - arm, x, y + arm);
        }
        content_.restoreState();
    }

    // The page's content stream: everything painted, compressed.
    void flush() {
        auto* attributes = static_cast<HPDF_PageAttr>(page_->attr);
        writeFlateStream(pdf_, attributes->contents, content_.take(), during_);
    }

    void endText() {
        if (content_.inText()) content_.endText();
    }

    void setFill(const frame::Color& color) {
        if (fill_ == color) return;
        if (print_) {
            image::Inks inks = inksOf(color);
            content_.fillCmyk(inks.c, inks.m, inks.y, inks.k);
        } else {
            content_.fillColor(color.r, color.g, color.b);
        }
        fill_ = color;
    }

    void setStroke(const frame::Color& color, double width) {
        if (stroke_ != color) {
            if (print_) {
                image::Inks inks = inksOf(color);
                content_.strokeCmyk(inks.c, inks.m, inks.y, inks.k);
            } else {
                content_.strokeColor(color.r, color.g, color.b);
            }
            stroke_ = color;
        }
        if (lineWidth_ != width) {
            content_.lineWidth(width);
            lineWidth_ = width;
        }
    }

    // The layout's own inks when it gave them, else the documented conversion (image/cmyk.h).
    static image::Inks inksOf(const frame::Color& color) {
        if (color.cmyk) return {color.cmyk->c, color.cmyk->m, color.cmyk->y, color.cmyk->k};
        return image::rgbToCmyk(color.r, color.g, color.b);
    }

    HpdfDocument& pdf_;
    HPDF_Page page_;
    const frame::Page& framePage_;
    std::size_t pageIndex_;
    double height_;
    const PdfFonts& fonts_;
    PdfImages& images_;
    const PrintPage* print_;
    std::string during_;
    ContentStream content_;
    std::unordered_map<HPDF_Font, const char*> fontNames_;
    HPDF_Font font_ = nullptr;
    double size_ = 0;
    bool stroked_ = false;  // text render mode 2 (fill and stroke) is on
    // A fresh page's graphics state: black fill and stroke, line width 1.
    frame::Color fill_{}, stroke_{};
    double lineWidth_ = 1;
};

}  // namespace

void paintPage(HpdfDocument& pdf, HPDF_Page page, const frame::Page& content, std::size_t pageIndex,
               const PdfFonts& fonts, PdfImages& images, const PrintPage* print) {
    PagePainter painter(pdf, page, content, pageIndex, fonts, images, print);
    for (const frame::Item& item : content.items) painter.paint(item);
    painter.finish();
}

}  // namespace brochure::render
