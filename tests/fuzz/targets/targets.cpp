#include "targets.h"

namespace brochure::fuzz {

const std::vector<Target>& allTargets() {
    static const std::vector<Target> targets = {
        {"export_reader", exportReader}, {"layout_reader", layoutReader}, {"png_loader", pngLoader},
        {"jpeg_loader", jpegLoader},     {"typeset", typesetText},        {"conservation", conservation},
    };
    return targets;
}

}  // namespace brochure::fuzz
