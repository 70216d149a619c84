#pragma once
// A page content stream written as PDF operators directly. libharu's page operators cost ~1 µs
// each (every call clears a 512-byte buffer byte by byte and re-measures the text to track the
// pen), a third of the render time of a 100-page table; the painter needs none of that tracking
// because the typesetter already placed everything. Numbers are written with at most three
// decimals (1/1000 pt), deterministically.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frame/frame.h"

namespace brochure::render {

class ContentStream {
public:
    // Text objects: positions are absolute page coordinates (PDF space, y up).
    void beginText();
    void endText();
    bool inText() const { return inText_; }
    void font(std::string_view resourceName, double size);
    // Shows `utf8` at (x, y) with a libharu UTF-8 (Identity-H, code = Unicode) font: each BMP
    // character becomes one 2-byte code; characters outside the BMP are skipped (the font embeds
    // none, and a warning was reported when embedding). With `kerning` (byte offsets in order, on
    // character boundaries; checked when the fonts are embedded) the run is one TJ array whose
    // numbers move the pen by each Kern::dx, in the font size `size`.
    // `slant` (synthetic italic) skews the glyphs: x moves by slant times the height above the
    // baseline; such a run is placed with an absolute text matrix (Tm) instead of Td.
    void text(double x, double y, std::string_view utf8, const std::vector<frame::Kern>& kerning = {},
              double size = 0, double slant = 0);
    // Text render mode: 0 fills the glyphs, 2 fills and strokes them (synthetic bold).
    void renderMode(int mode);

    void fillColor(double r, double g, double b);
    void strokeColor(double r, double g, double b);
    // The print edition's DeviceCMYK colours (k / K), inks 0..1.
    void fillCmyk(double c, double m, double y, double k);
    void strokeCmyk(double c, double m, double y, double k);
    void lineWidth(double width);
    // Graphics state and geometry the print edition needs (moving the page into its trim box,
    // clipping bleeding images, registration targets).
    void saveState();
    void restoreState();
    void translate(double dx, double dy);
    void clipRectangle(double x, double y, double width, double height);
    void circle(double cx, double cy, double radius);  // stroked
    void rectangle(double x, double y, double width, double height, bool fill, bool stroke);
    void line(double x1, double y1, double x2, double y2);
    // Paints the image XObject `resourceName` into the box (x, y, width, height), in its own
    // graphics state: q w 0 0 h x y cm /Name Do Q.
    void image(std::string_view resourceName, double x, double y, double width, double height);

    const std::string& bytes() const { return out_; }
    std::string take() { return std::exchange(out_, {}); }  // the bytes so far; leaves it empty

private:
    void number(double value);
    void literal(std::string_view utf8);
    void op(std::string_view name);

    std::string out_;
    bool inText_ = false;
    double lineX_ = 0, lineY_ = 0;  // start of the current text line (what Td is relative to)
    double slant_ = 0;              // the text matrix's skew (Td moves would be skewed too)
};

}  // namespace brochure::render
