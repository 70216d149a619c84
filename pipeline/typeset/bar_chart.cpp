// Horizontal bar charts. The categories are country names, long and of very different lengths;
// set to the left of horizontal bars they read like a list, with no rotation or shrinking.
// Every row is a bar: a chart longer than a page is cut into pieces of whole bars, each a slice
// no taller than a page with the chart's title and axis, so nothing runs off the page.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "typeset/figures.h"
#include "typeset/inline_layout.h"

namespace brochure::typeset {
namespace {

// Sets a short text in one style; used for chart labels.
std::vector<LineBox> setText(Context& context, const std::string& text, const content::TextStyle& style,
                             double width, content::Align align) {
    std::vector<content::Span> spans(1);
    spans[0].text = text;
    spans[0].style = style;
    InlineText shaped = shapeInline(context, spans, "bar chart");
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
    return shapeInline(context, spans, "bar chart").maxContentWidth();
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
double niceStep(double range, int wantedTicks) {
    const double raw = range / wantedTicks;
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

// The value axis: from the smallest value (or zero) to the largest (or zero), in nice steps.
struct Scale {
    double low = 0, high = 1, step = 1;
    double fraction(double v) const { return (v - low) / (high - low); }
};

Scale scaleFor(const std::vector<double>& values, std::size_t n) {
    double smallest = 0, largest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        smallest = std::min(smallest, values[i]);
        largest = std::max(largest, values[i]);
    }
    Scale scale;
    scale.step = largest > smallest ? niceStep(largest - smallest, 5) : 1;
    scale.low = std::floor(smallest / scale.step + 1e-9) * scale.step;
    scale.high = std::ceil(largest / scale.step - 1e-9) * scale.step;
    if (scale.high <= scale.low) scale.high = scale.low + scale.step;
    return scale;
}

// Everything the pieces of one chart share: its scale, columns and row height.
struct ChartFrame {
    Scale scale;
    double width = 0;
    double plotLeft = 0, plotWidth = 1;
    double labelWidth = 0, valueWidth = 0;
    double row = 0;              // height of one bar's row
    double tickLabelHeight = 0;  // the axis numbers under the bars
    double x(double v) const { return plotLeft + plotWidth * scale.fraction(v); }
};

class ChartPieces {
public:
    ChartPieces(Context& context, const content::BarChart& chart, const ChartFrame& geometry)
        : context_(context), chart_(chart), frame_(geometry) {}

    // The title ("(continued)" after the first piece) at the top of a piece; its height.
    double title(bool continued, Slice& piece) {
        if (chart_.title.empty()) return 0;
        content::TextStyle style = chart_.labelStyle;
        style.bold = true;
        style.size += 1;
        auto lines = setText(context_, continued ? chart_.title + " (continued)" : chart_.title, style, frame_.width,
                             content::Align::left);
        placeLines(lines, 0, 0, piece.items);
        return linesHeight(lines) + 4;
    }

    double titleHeight(bool continued) {
        Slice scratch;
        return title(continued, scratch);
    }

    // Rows [first, last) below `top`, with the grid, the zero line and the axis numbers.
    void bars(std::size_t first, std::size_t last, double top, Slice& piece) {
        const double plotHeight = frame_.row * static_cast<double>(last - first);
        const Scale& scale = frame_.scale;
        const frame::Color grid{0.85, 0.85, 0.85}, axis{0.3, 0.3, 0.3};
        const auto ticks = static_cast<int>(std::lround((scale.high - scale.low) / scale.step));
        for (int k = 0; k <= ticks; ++k) {
            double t = scale.low + k * scale.step;
            if (std::fabs(t) < scale.step * 1e-9) t = 0;  // never "-0"
            const double x = frame_.x(t);
            if (t != 0) piece.items.emplace_back(frame::Line{x, top, x, top + plotHeight, 0.4, grid});
            auto lines = setText(context_, formatValue(t), chart_.labelStyle, 60, content::Align::center);
            placeLines(lines, x - 30, top + plotHeight + 2, piece.items);
        }
        const double zero = frame_.x(0);
        for (std::size_t i = first; i < last; ++i) {
            const double rowTop = top + frame_.row * static_cast<double>(i - first);
            const double barHeight = frame_.row * 0.65;
            const double barTop = rowTop + (frame_.row - barHeight) / 2;
            const double end = frame_.x(chart_.values[i]);
            const double barLeft = std::min(zero, end);
            piece.items.emplace_back(frame::Rect{barLeft, barTop, std::fabs(end - zero), barHeight, true,
                                                 toFrame(chart_.barColor), 0, {}});
            auto label = setText(context_, chart_.labels[i], chart_.labelStyle, frame_.labelWidth, content::Align::right);
            placeLines(label, 0, rowTop + (frame_.row - linesHeight(label)) / 2, piece.items);
            // A positive value reads after its bar's end, a negative one before it.
            const bool negative = chart_.values[i] < 0;
            const double valueBox = frame_.valueWidth + 4;
            auto value = setText(context_, formatValue(chart_.values[i]), chart_.labelStyle, valueBox,
                                 negative ? content::Align::right : content::Align::left);
            placeLines(value, negative ? barLeft - 3 - valueBox : end + 3,
                       rowTop + (frame_.row - linesHeight(value)) / 2, piece.items);
        }
        piece.items.emplace_back(frame::Line{zero, top, zero, top + plotHeight, 0.8, axis});
        piece.height = top + plotHeight + frame_.tickLabelHeight;
    }

private:
    Context& context_;
    const content::BarChart& chart_;
    const ChartFrame& frame_;
};

}  // namespace

std::vector<Slice> layoutBarChart(Context& context, const content::BarChart& chart, double frameWidth,
                                  double pageHeight, double keptAbove) {
    std::vector<Slice> pieces;
    const std::size_t n = std::min(chart.labels.size(), chart.values.size());
    if (chart.labels.size() != chart.values.size())
        context.warn("T303", "bar chart '" + chart.title + "' has " + std::to_string(chart.labels.size()) +
                                 " labels and " + std::to_string(chart.values.size()) + " values; extra ones are left out");
    ChartFrame geometry;
    geometry.width = chart.width > 0 ? std::min(chart.width, frameWidth) : frameWidth;
    ChartPieces layout(context, chart, geometry);
    if (n == 0) {
        Slice piece;
        piece.height = layout.title(false, piece);
        pieces.push_back(std::move(piece));
        return pieces;
    }
    geometry.scale = scaleFor(chart.values, n);
    double tallestLabel = 0;
    for (std::size_t i = 0; i < n; ++i) {
        geometry.labelWidth = std::max(geometry.labelWidth, textWidth(context, chart.labels[i], chart.labelStyle));
        geometry.valueWidth = std::max(geometry.valueWidth, textWidth(context, formatValue(chart.values[i]), chart.labelStyle));
    }
    geometry.labelWidth = std::min(geometry.labelWidth, geometry.width * 0.35);
    for (std::size_t i = 0; i < n; ++i)  // a label that wraps makes every row taller, never overlaps
        tallestLabel = std::max(tallestLabel, linesHeight(setText(context, chart.labels[i], chart.labelStyle,
                                                                  geometry.labelWidth, content::Align::right)));
    const bool anyNegative = geometry.scale.low < 0;
    // The axis numbers are centred on their ticks: the end ones must not stick out of the frame.
    const Scale& scale = geometry.scale;
    const double tickHalf = std::max(textWidth(context, formatValue(scale.low), chart.labelStyle),
                                     textWidth(context, formatValue(scale.high), chart.labelStyle)) / 2;
    geometry.plotLeft = std::max(tickHalf, geometry.labelWidth + 6 + (anyNegative ? geometry.valueWidth + 7 : 0.0));
    const double plotRight = geometry.width - std::max(tickHalf, geometry.valueWidth + 4);
    geometry.plotWidth = std::max(1.0, plotRight - geometry.plotLeft);
    geometry.tickLabelHeight = chart.labelStyle.size * 1.4;

    // The height asked for spreads the bars, up to a page; more bars than that take more room.
    // The first piece shares its page with what is kept with it (a heading) when that leaves
    // room for a few bars; else it has a page of its own and the heading moves with it anyway.
    const double firstTitle = layout.titleHeight(false);
    const double firstPage = keptAbove < pageHeight / 3 ? pageHeight - keptAbove : pageHeight;
    const double asked = std::min(chart.height, firstPage) - firstTitle - geometry.tickLabelHeight;
    const double minimumRow = std::max(chart.labelStyle.size * 1.3, tallestLabel);
    geometry.row = std::max(asked, static_cast<double>(n) * minimumRow) / static_cast<double>(n);

    for (std::size_t first = 0; first < n;) {
        Slice piece;
        const bool continued = first > 0;
        const double top = layout.title(continued, piece);
        auto fit = [&](double page) {
            const double room = page - top - geometry.tickLabelHeight;
            return static_cast<std::size_t>(std::max(0.0, std::floor(room / geometry.row + 1e-9)));
        };
        const std::size_t bars = continued || fit(firstPage) == 0 ? fit(pageHeight) : fit(firstPage);
        if (bars == 0) {
            context.errorHere("T304",
                              "bar chart '" + chart.title + "' does not fit on a page: a bar, the title and the axis need " +
                                  formatValue(top + geometry.row + geometry.tickLabelHeight) + "pt, the page has " +
                                  formatValue(pageHeight) + "pt",
                              "use a smaller chart style or a shorter title");
            return {};
        }
        const std::size_t last = std::min(n, first + bars);
        layout.bars(first, last, top, piece);
        pieces.push_back(std::move(piece));
        first = last;
    }
    return pieces;
}

}  // namespace brochure::typeset
