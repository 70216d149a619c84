#pragma once
// Figures: images (sized by width, height or box, aspect ratio from the image file), QR codes
// (libqrencode, drawn as merged rectangles) and bar charts (vector bars, ticks, labels).

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/slice.h"
#include "typeset/typeset.h"

namespace brochure::typeset {

Slice layoutImage(Context& context, const TypesetOptions& options, const content::Image& image, double frameWidth,
                  double pageHeight);
Slice layoutQrCode(Context& context, const content::QrCode& qr, double frameWidth);
// The width a QR code and its caption take: the code centred over a wider caption.
double qrBoxWidth(const content::QrCode& qr, double frameWidth);
Slice layoutBarChart(Context& context, const content::BarChart& chart, double frameWidth);

}  // namespace brochure::typeset
