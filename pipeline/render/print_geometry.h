#pragma once
// The print edition's page geometry (no libharu here, so it is testable on its own). A page of
// the typeset size becomes the trim box; the bleed box extends it by the bleed; with crop marks
// the media box adds a slug around the bleed where the marks sit, never inside the bleed.
// Coordinates are PDF points with y up, origin at the media box's lower-left corner.

#include <optional>
#include <utility>
#include <vector>

#include "frame/frame.h"
#include "render/print_edition.h"

namespace brochure::render {

struct Box {
    double left = 0, bottom = 0, right = 0, top = 0;
    double width() const { return right - left; }
    double height() const { return top - bottom; }
};

// Crop marks start this far outside the bleed and are this long; the slug keeps this much white
// beyond them (room for the registration targets' circles too).
inline constexpr double kMarkGap = 3, kMarkLength = 15, kSlugMargin = 3;
inline constexpr double kMarkLineWidth = 0.25;
inline constexpr double kRegistrationRadius = 4;

struct PrintGeometry {
    double offset = 0;  // from the media box's edge to the trim box's (the content is moved by it)
    Box media, bleed, trim;
};

PrintGeometry printGeometry(double trimWidth, double trimHeight, const PrintEdition& edition);

// Frame items (y down from the trim's top-left) that touch an edge of the trim are extended into
// the bleed on that side: a cover band or a full-page background prints to the paper's edge even
// when the cut drifts. `slack` is how close to the edge counts as touching.
inline constexpr double kEdgeSlack = 0.5;
frame::Rect extendIntoBleed(frame::Rect rect, double trimWidth, double trimHeight, double bleed);

// An image touching an edge must cover the bleed on that side too: the returned clip is its box
// extended by the bleed on the sides it touches, and the image is scaled up uniformly (never
// distorted) about the clip's centre until it covers the clip ("cover" fit; a sliver of the
// picture is cut in the other direction). Returns nothing (placement unchanged) when it touches no
// edge.
std::optional<frame::Rect> extendImageIntoBleed(frame::ImagePlacement& image, double trimWidth, double trimHeight,
                                                double bleed);

// Crop mark line segments (x1 y1 x2 y2, media coordinates): two per corner, on the trim lines'
// extensions, from kMarkGap outside the bleed box, kMarkLength long.
struct Segment {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};
std::vector<Segment> cropMarks(const PrintGeometry& geometry);
// Centres of the registration targets: the middle of each side, in the slug.
std::vector<std::pair<double, double>> registrationTargets(const PrintGeometry& geometry);

}  // namespace brochure::render
