#pragma once
// The fonts folder checked before any document is typeset, by `check` and `build` alike: a font
// file that is missing, unreadable or damaged is an error at that file (T001, T002), and every
// style whose font list then names a family no readable file provides is an error at the
// style's font attribute (T005): printing it with the next family's face would be wrong.

#include "core/diagnostic.h"
#include "layoutdef/layout_def.h"

#include <string>
#include <vector>

namespace brochure::app {

void checkLayoutFonts(const std::vector<layoutdef::LayoutDef>& layouts, const std::string& fontsDir,
                      Diagnostics& diagnostics);

}  // namespace brochure::app
