#pragma once
// Golden traces: the text trace of a layout compared with tests/typeset/golden/<name>.trace.
// BROCHURE_UPDATE_GOLDEN=1 rewrites the files after a deliberate change (review the diff!).

#include <string>

namespace brochure::typeset::test {

// Empty when `actual` matches the golden file (or it was rewritten); otherwise a description of
// the first difference. The actual trace is left beside the build as <name>.actual.trace.
std::string compareGolden(const std::string& name, const std::string& actual);

}  // namespace brochure::typeset::test
