#pragma once
// Reads the print edition back with real readers: pdfinfo's boxes, the page content streams as
// qpdf decompresses them, and pages rendered by pdftoppm as gray pixels.

#include <map>
#include <string>
#include <vector>

namespace brochure::testing {

struct PdfBox {
    double left = 0, bottom = 0, right = 0, top = 0;
};

struct PageBoxes {
    PdfBox media, bleed, trim;
};

// `pdfinfo -box -f 1 -l <pages>`: the boxes of every page, in order.
std::vector<PageBoxes> pageBoxes(const std::string& pdf);

// The operators (rg, RG, g, G, k, K, ...) of every page content stream after
// `qpdf --qdf --object-streams=disable`, counted; `streams` gets each page's stream text.
std::map<std::string, int> colourOperators(const std::string& pdf, std::vector<std::string>* streams = nullptr);

// One page rendered by `pdftoppm -gray -r dpi`: 0 black .. 255 white, row by row from the top.
struct GrayPage {
    int width = 0, height = 0;
    double dpi = 72;
    std::vector<unsigned char> pixels;
    // The pixel under the PDF point (x, y) (y up from the media box's bottom).
    int at(double x, double y) const;
    // The darkest pixel in the PDF-point rectangle [x1, x2] x [y1, y2].
    int darkest(double x1, double y1, double x2, double y2) const;
};
GrayPage renderGray(const std::string& pdf, int page, double dpi);

}  // namespace brochure::testing
