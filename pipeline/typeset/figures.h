#pragma once
// Figures: images (sized by width, height or box, aspect ratio from the image file), QR codes
// (libqrencode, drawn as merged rectangles) and bar charts (vector bars, ticks, labels; bar_chart.cpp).

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/slice.h"
#include "typeset/typeset.h"

#include <vector>

namespace brochure::typeset {

Slice layoutImage(Context& context, const TypesetOptions& options, const content::Image& image, double frameWidth,
                  double pageHeight);
Slice layoutQrCode(Context& context, const content::QrCode& qr, double frameWidth);
// The width a QR code and its caption take: the code centred over a wider caption.
double qrBoxWidth(const content::QrCode& qr, double frameWidth);
// One bar per row, in pieces no taller than `pageHeight`: a chart longer than a page continues
// on the next with its title ("(continued)") and its axis. T304 when not even one bar fits a page.
// `keptAbove`: the height of the slices kept with the chart (its heading), which the first piece
// leaves room for on its page.
std::vector<Slice> layoutBarChart(Context& context, const content::BarChart& chart, double frameWidth,
                                  double pageHeight, double keptAbove = 0);

}  // namespace brochure::typeset
