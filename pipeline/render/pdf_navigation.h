#pragma once
// Internal to the render stage: named destinations, link annotations, the outline (bookmarks)
// and page labels.

#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "frame/frame.h"
#include "render/hpdf_document.h"

namespace brochure::render {

class PdfNavigation {
public:
    PdfNavigation(HpdfDocument& pdf, Diagnostics& diagnostics, const frame::Document& document,
                  const std::vector<HPDF_Page>& pages);

    // Every Destination item by name (R208 warning for a name used twice: the first wins).
    void collectDestinations();
    // URI and internal links of page `pageIndex` (R205 for a link to an unknown destination).
    void addLinks(std::size_t pageIndex);
    void addOutline();
    void addPageLabels();

private:
    struct Target {
        std::size_t page = 0;
        double y = 0;
    };
    HPDF_Destination destination(const Target& target, const std::string& during);

    HpdfDocument& pdf_;
    Diagnostics& diagnostics_;
    const frame::Document& document_;
    const std::vector<HPDF_Page>& pages_;
    std::unordered_map<std::string, Target> targets_;
};

}  // namespace brochure::render
