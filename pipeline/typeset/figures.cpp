#include "typeset/figures.h"

#include <qrencode.h>

#include <algorithm>

#include "image/image.h"

namespace brochure::typeset {

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
        context.errorHere("T302", "QR code data is empty: there is nothing to encode");
        return slice;
    }
    if (code == nullptr) {
        context.errorHere("T302", "QR code data is too long to encode (" + std::to_string(qr.data.size()) + " bytes)",
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

}  // namespace brochure::typeset
