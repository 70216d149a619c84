#include "typeset/figures.h"

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "image/image.h"
#include "typeset/inline_layout.h"

namespace brochure::typeset {
namespace {

// Sets a short text in one style; used for chart labels.
std::vector<LineBox> setText(Context& context, const std::string& text, const content::TextStyle& style,
                             double width, content::Align align, const std::string& where) {
    std::vector<content::Span> spans(1);
    spans[0].text = text;
    spans[0].style = style;
    InlineText shaped = shapeInline(context, spans, where);
    LineSettings settings;
    settings.width = width;
    settings.align = align;
    settings.lineHeight = 1.15;
    return breakLines(context, shaped, settings);
}

double textWidth(Context& context, const std::string& text, const content::TextStyle& style) {
    std::vector<content::Span> spans(1);
    spans[0].text = text;
    spans[0].style = style;
    return shapeInline(context, spans, "chart").maxContentWidth();
}

void placeLines(std::vector<LineBox>& lines, double x, double y, std::vector<frame::Item>& into) {
    for (LineBox& line : lines) {
        for (frame::Item& item : line.items) {
            translate(item, x, y);
            into.push_back(std::move(item));
        }
        y += line.height;
    }
}

double linesHeight(const std::vector<LineBox>& lines) {
    double h = 0;
    for (const LineBox& l : lines) h += l.height;
    return h;
}

// 1, 2 or 5 times a power of ten: axis steps a reader can add up.
double niceStep(double maximum, int wantedTicks) {
    const double raw = maximum / wantedTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return factor * magnitude;
}

// "1,234" or "12.5": grouped thousands, one decimal only when needed.
std::string formatValue(double value) {
    char buffer[64];
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.1f", value);
    const std::string digits = buffer;
    const std::size_t start = digits[0] == '-' ? 1 : 0;
    std::size_t dot = digits.find('.');
    if (dot == std::string::npos) dot = digits.size();
    std::string grouped = digits.substr(0, start);
    for (std::size_t i = start; i < dot; ++i) {
        if (i > start && (dot - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    grouped += digits.substr(dot);
    return grouped;
}

}  // namespace

Slice layoutImage(Context& context, const TypesetOptions& options, const content::Image& image, double frameWidth,
                  double pageHeight) {
    Slice slice;
    double ratio = 0.75;  // height / width
    std::optional<ImageSize> size;
    if (options.imageSize) {
        size = options.imageSize(image.path, context.diagnostics);
    } else if (const std::optional<image::Info> info = image::probe(image.path, context.diagnostics)) {
        size = ImageSize{double(info->width), double(info->height)};
    }
    if (!size) return slice;  // the image loader has reported why
    if (size->width > 0 && size->height > 0) ratio = size->height / size->width;
    double w = 0, h = 0;
    switch (image.fit) {
        case content::Fit::width:
            w = image.width > 0 ? std::min(image.width, frameWidth) : frameWidth;
            h = w * ratio;
            break;
        case content::Fit::height:
            h = image.height > 0 ? image.height : frameWidth * ratio;
            w = h / ratio;
            break;
        case content::Fit::box: {
            const double bw = image.width > 0 ? std::min(image.width, frameWidth) : frameWidth;
            const double bh = image.height > 0 ? image.height : pageHeight / 2;
            w = std::min(bw, bh / ratio);
            h = w * ratio;
            break;
        }
    }
    // Never wider than the frame, never taller than most of a page (room for the caption).
    const double scale = std::min({1.0, frameWidth / w, pageHeight * 0.85 / h});
    w *= scale;
    h *= scale;
    slice.items.emplace_back(frame::ImagePlacement{(frameWidth - w) / 2, 0, w, h, image.path});
    slice.height = h;
    return slice;
}

double qrBoxWidth(const content::QrCode& qr, double frameWidth) { return std::min(frameWidth, qr.size + 72); }

Slice layoutQrCode(Context& context, const content::QrCode& qr, double frameWidth) {
    Slice slice;
    QRcode* code = QRcode_encodeData(static_cast<int>(qr.data.size()),
                                     reinterpret_cast<const unsigned char*>(qr.data.data()), 0, QR_ECLEVEL_M);
    if (code == nullptr && qr.data.empty()) {
        context.error("T302", "QR code data is empty: there is nothing to encode");
        return slice;
    }
    if (code == nullptr) {
        context.error("T302", "QR code data is too long to encode (" + std::to_string(qr.data.size()) + " bytes)",
                      "a QR code at level M holds at most 2,331 bytes; shorten the URL");
        return slice;
    }
    const int n = code->width;
    const double module = qr.size / (n + 8);  // 4 modules of quiet zone on each side
    const double x0 = (qrBoxWidth(qr, frameWidth) - qr.size) / 2 + 4 * module;
    const double y0 = 4 * module;
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < n && (code->data[y * n + end] & 1)) ++end;
            slice.items.push_back(
                frame::Rect{x0 + x * module, y0 + y * module, (end - x) * module, module, true, {0, 0, 0}, 0, {}});
            x = end;
        }
    }
    QRcode_free(code);
    slice.height = qr.size;
    return slice;
}

// Horizontal bars: the categories are country names, long and of very different lengths;
// set to the left of horizontal bars they read like a list, with no rotation or shrinking.
Slice layoutBarChart(Context& context, const content::BarChart& chart, double frameWidth) {
    Slice slice;
    const double width = chart.width > 0 ? std::min(chart.width, frameWidth) : frameWidth;
    const std::size_t n = std::min(chart.labels.size(), chart.values.size());
    if (chart.labels.size() != chart.values.size())
        context.warn("T303", "bar chart '" + chart.title + "' has " + std::to_string(chart.labels.size()) +
                                 " labels and " + std::to_string(chart.values.size()) + " values; extra ones are left out");
    double y = 0;
    if (!chart.title.empty()) {
        content::TextStyle titleStyle = chart.labelStyle;
        titleStyle.bold = true;
        titleStyle.size += 1;
        auto lines = setText(context, chart.title, titleStyle, width, content::Align::left, "bar chart");
        placeLines(lines, 0, y, slice.items);
        y += linesHeight(lines) + 4;
    }
    if (n == 0) {
        slice.height = y;
        return slice;
    }
    double maximum = 0;
    double labelWidth = 0, valueWidth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        maximum = std::max(maximum, chart.values[i]);
        labelWidth = std::max(labelWidth, textWidth(context, chart.labels[i], chart.labelStyle));
        valueWidth = std::max(valueWidth, textWidth(context, formatValue(chart.values[i]), chart.labelStyle));
    }
    labelWidth = std::min(labelWidth, width * 0.35);
    const double step = maximum > 0 ? niceStep(maximum, 5) : 1;
    const double axisMax = std::max(step, std::ceil(maximum / step - 1e-9) * step);
    const double plotLeft = labelWidth + 6;
    const double plotRight = width - valueWidth - 4;
    const double plotWidth = std::max(1.0, plotRight - plotLeft);
    const double tickLabelHeight = chart.labelStyle.size * 1.4;
    const double plotHeight = std::max(chart.height - y - tickLabelHeight, n * chart.labelStyle.size * 1.3);
    const double row = plotHeight / n;
    const double top = y;
    const frame::Color grid{0.85, 0.85, 0.85}, axis{0.3, 0.3, 0.3};

    for (double t = 0; t <= axisMax + 1e-9; t += step) {
        const double x = plotLeft + plotWidth * t / axisMax;
        if (t > 0) slice.items.emplace_back(frame::Line{x, top, x, top + plotHeight, 0.4, grid});
        auto lines = setText(context, formatValue(t), chart.labelStyle, 60, content::Align::center, "bar chart");
        placeLines(lines, x - 30, top + plotHeight + 2, slice.items);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double rowTop = top + row * static_cast<double>(i);
        const double barHeight = row * 0.65;
        const double barTop = rowTop + (row - barHeight) / 2;
        const double barWidth = plotWidth * std::max(0.0, chart.values[i]) / axisMax;
        slice.items.emplace_back(frame::Rect{plotLeft, barTop, barWidth, barHeight, true, toFrame(chart.barColor), 0, {}});
        auto label = setText(context, chart.labels[i], chart.labelStyle, labelWidth, content::Align::right, "bar chart");
        placeLines(label, 0, rowTop + (row - linesHeight(label)) / 2, slice.items);
        auto value = setText(context, formatValue(chart.values[i]), chart.labelStyle, valueWidth + 4,
                             content::Align::left, "bar chart");
        placeLines(value, plotLeft + barWidth + 3, rowTop + (row - linesHeight(value)) / 2, slice.items);
    }
    slice.items.emplace_back(frame::Line{plotLeft, top, plotLeft, top + plotHeight, 0.8, axis});
    slice.height = top + plotHeight + tickLabelHeight;
    return slice;
}

}  // namespace brochure::typeset
