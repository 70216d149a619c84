#include "render/print_geometry.h"

#include <algorithm>

namespace brochure::render {
namespace {

struct Touches {
    bool left = false, right = false, top = false, bottom = false;
    bool any() const { return left || right || top || bottom; }
};

Touches touches(double x, double y, double width, double height, double trimWidth, double trimHeight) {
    return {x <= kEdgeSlack, x + width >= trimWidth - kEdgeSlack, y <= kEdgeSlack, y + height >= trimHeight - kEdgeSlack};
}

// `x, y, width, height` grown by `bleed` on the touching sides.
frame::Rect grown(double x, double y, double width, double height, const Touches& t, double bleed) {
    frame::Rect out;
    out.x = t.left ? x - bleed : x;
    out.y = t.top ? y - bleed : y;
    out.width = (t.right ? x + width + bleed : x + width) - out.x;
    out.height = (t.bottom ? y + height + bleed : y + height) - out.y;
    return out;
}

}  // namespace

PrintGeometry printGeometry(double trimWidth, double trimHeight, const PrintEdition& edition) {
    PrintGeometry g;
    const double bleed = std::max(0.0, edition.bleed);
    g.offset = edition.cropMarks ? bleed + kMarkGap + kMarkLength + kSlugMargin : bleed;
    g.trim = {g.offset, g.offset, g.offset + trimWidth, g.offset + trimHeight};
    g.bleed = {g.trim.left - bleed, g.trim.bottom - bleed, g.trim.right + bleed, g.trim.top + bleed};
    g.media = {0, 0, trimWidth + 2 * g.offset, trimHeight + 2 * g.offset};
    return g;
}

frame::Rect extendIntoBleed(frame::Rect rect, double trimWidth, double trimHeight, double bleed) {
    // Only plain fills: moving a stroked outline would change the design, not just bleed it.
    if (!rect.filled || rect.strokeWidth > 0 || bleed <= 0) return rect;
    Touches t = touches(rect.x, rect.y, rect.width, rect.height, trimWidth, trimHeight);
    if (!t.any()) return rect;
    frame::Rect out = grown(rect.x, rect.y, rect.width, rect.height, t, bleed);
    rect.x = out.x;
    rect.y = out.y;
    rect.width = out.width;
    rect.height = out.height;
    return rect;
}

std::optional<frame::Rect> extendImageIntoBleed(frame::ImagePlacement& image, double trimWidth, double trimHeight,
                                                double bleed) {
    if (bleed <= 0 || image.width <= 0 || image.height <= 0) return std::nullopt;
    Touches t = touches(image.x, image.y, image.width, image.height, trimWidth, trimHeight);
    if (!t.any()) return std::nullopt;
    frame::Rect clip = grown(image.x, image.y, image.width, image.height, t, bleed);
    const double scale = std::max(clip.width / image.width, clip.height / image.height);
    const double width = image.width * scale, height = image.height * scale;
    image.x = clip.x + (clip.width - width) / 2;
    image.y = clip.y + (clip.height - height) / 2;
    image.width = width;
    image.height = height;
    return clip;
}

std::vector<Segment> cropMarks(const PrintGeometry& g) {
    const double bleed = g.trim.left - g.bleed.left;
    const double near = bleed + kMarkGap, far = near + kMarkLength;
    std::vector<Segment> marks;
    for (double x : {g.trim.left, g.trim.right})
        for (double y : {g.trim.bottom, g.trim.top}) {
            const double outX = x == g.trim.left ? -1 : 1;  // away from the page
            const double outY = y == g.trim.bottom ? -1 : 1;
            marks.push_back({x + outX * near, y, x + outX * far, y});  // horizontal, on the trim's y
            marks.push_back({x, y + outY * near, x, y + outY * far});  // vertical, on the trim's x
        }
    return marks;
}

std::vector<std::pair<double, double>> registrationTargets(const PrintGeometry& g) {
    const double bleed = g.trim.left - g.bleed.left;
    const double distance = bleed + kMarkGap + kMarkLength / 2;
    const double midX = (g.trim.left + g.trim.right) / 2, midY = (g.trim.bottom + g.trim.top) / 2;
    return {{g.trim.left - distance, midY},
            {g.trim.right + distance, midY},
            {midX, g.trim.bottom - distance},
            {midX, g.trim.top + distance}};
}

}  // namespace brochure::render
