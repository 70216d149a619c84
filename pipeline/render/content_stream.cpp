#include "render/content_stream.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "render/utf8.h"

namespace brochure::render {

void ContentStream::number(double value) {
    // Round to 1/1000 and print without trailing zeros: "12", "0.5", "-3.125".
    long long thousandths = std::llround(value * 1000.0);
    if (thousandths < 0) {
        out_ += '-';
        thousandths = -thousandths;
    }
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, thousandths / 1000).ptr;
    out_.append(buffer, end);
    if (long long fraction = thousandths % 1000) {
        char digits[4] = {static_cast<char>('0' + fraction / 100), static_cast<char>('0' + fraction / 10 % 10),
                          static_cast<char>('0' + fraction % 10), 0};
        int length = 3;
        while (digits[length - 1] == '0') --length;
        out_ += '.';
        out_.append(digits, length);
    }
    out_ += ' ';
}

void ContentStream::op(std::string_view name) {
    out_.append(name);
    out_ += '\n';
}

void ContentStream::beginText() {
    op("BT");
    inText_ = true;
    lineX_ = lineY_ = 0;
    slant_ = 0;
}

void ContentStream::renderMode(int mode) {
    number(mode);
    op("Tr");
}

void ContentStream::endText() {
    op("ET");
    inText_ = false;
}

void ContentStream::font(std::string_view resourceName, double size) {
    out_ += '/';
    out_.append(resourceName);
    out_ += ' ';
    number(size);
    op("Tf");
}

void ContentStream::text(double x, double y, std::string_view utf8, const std::vector<frame::Kern>& kerning,
                         double size, double slant) {
    if (slant != 0 || slant_ != 0) {
        // 1 0 slant 1 x y Tm: the skew would apply to a relative Td too, so set it absolutely.
        out_ += "1 0 ";
        number(slant);
        out_ += "1 ";
        number(x);
        number(y);
        op("Tm");
        slant_ = slant;
    } else {
        number(x - lineX_);
        number(y - lineY_);
        op("Td");
    }
    lineX_ = x;
    lineY_ = y;
    if (kerning.empty() || size <= 0) {
        literal(utf8);
        op("Tj");
        return;
    }
    // [(AV) 80 (A)] TJ: a number n moves the pen left by n/1000 of the font size.
    out_ += '[';
    std::size_t from = 0;
    for (const frame::Kern& kern : kerning) {
        if (kern.offset < from || kern.offset > utf8.size()) continue;
        literal(utf8.substr(from, kern.offset - from));
        number(-kern.dx * 1000.0 / size);
        from = kern.offset;
    }
    literal(utf8.substr(from));
    out_ += ']';
    op("TJ");
}

void ContentStream::literal(std::string_view utf8) {
    static thread_local std::vector<char32_t> codePoints;
    codePoints.clear();
    appendCodePoints(utf8, codePoints);  // validated when the fonts were embedded
    // A literal string of 2-byte big-endian codes: half the size of hex, which matters because
    // deflating the content streams is most of the render time. \ ( ) and CR are escaped (a raw
    // CR inside a string would be read as a line end).
    out_ += '(';
    for (char32_t cp : codePoints) {
        if (cp > 0xffff) continue;
        for (char byte : {static_cast<char>(cp >> 8), static_cast<char>(cp & 0xff)}) {
            if (byte == '\\' || byte == '(' || byte == ')') out_ += '\\';
            if (byte == '\r') {
                out_ += "\\r";
                continue;
            }
            out_ += byte;
        }
    }
    out_ += ')';
}

void ContentStream::fillColor(double r, double g, double b) {
    number(r);
    number(g);
    number(b);
    op("rg");
}

void ContentStream::strokeColor(double r, double g, double b) {
    number(r);
    number(g);
    number(b);
    op("RG");
}

void ContentStream::fillCmyk(double c, double m, double y, double k) {
    for (double ink : {c, m, y, k}) number(ink);
    op("k");
}

void ContentStream::strokeCmyk(double c, double m, double y, double k) {
    for (double ink : {c, m, y, k}) number(ink);
    op("K");
}

void ContentStream::saveState() { op("q"); }

void ContentStream::restoreState() { op("Q"); }

void ContentStream::translate(double dx, double dy) {
    out_ += "1 0 0 1 ";
    number(dx);
    number(dy);
    op("cm");
}

void ContentStream::clipRectangle(double x, double y, double width, double height) {
    number(x);
    number(y);
    number(width);
    number(height);
    op("re");
    op("W n");
}

void ContentStream::circle(double cx, double cy, double radius) {
    // Four Bézier quarters; 0.5523 is the usual control-point distance for a circle.
    const double d = radius * 0.5523;
    auto point = [&](double x, double y) {
        number(x);
        number(y);
    };
    point(cx + radius, cy);
    op("m");
    const double quarters[4][6] = {
        {cx + radius, cy + d, cx + d, cy + radius, cx, cy + radius},
        {cx - d, cy + radius, cx - radius, cy + d, cx - radius, cy},
        {cx - radius, cy - d, cx - d, cy - radius, cx, cy - radius},
        {cx + d, cy - radius, cx + radius, cy - d, cx + radius, cy},
    };
    for (const auto& q : quarters) {
        for (double v : q) number(v);
        op("c");
    }
    op("S");
}

void ContentStream::lineWidth(double width) {
    number(width);
    op("w");
}

void ContentStream::rectangle(double x, double y, double width, double height, bool fill, bool stroke) {
    number(x);
    number(y);
    number(width);
    number(height);
    op("re");
    op(fill && stroke ? "B" : fill ? "f" : "S");
}

void ContentStream::line(double x1, double y1, double x2, double y2) {
    number(x1);
    number(y1);
    op("m");
    number(x2);
    number(y2);
    op("l");
    op("S");
}

void ContentStream::image(std::string_view resourceName, double x, double y, double width, double height) {
    op("q");
    number(width);
    out_ += "0 0 ";
    number(height);
    number(x);
    number(y);
    op("cm");
    out_ += '/';
    out_.append(resourceName);
    out_ += ' ';
    op("Do");
    op("Q");
}

}  // namespace brochure::render
