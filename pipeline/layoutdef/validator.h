#pragma once
// Checks a LayoutDef's element tree against the grammar (grammar.h); reports every problem.

#include "core/diagnostic.h"
#include "layoutdef/layout_def.h"

namespace brochure::layoutdef {

void validateLayout(const LayoutDef& layout, Diagnostics& diagnostics);

}  // namespace brochure::layoutdef
