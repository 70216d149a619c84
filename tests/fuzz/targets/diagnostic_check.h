#pragma once
// Checks shared by the fuzz targets: what every diagnostic must satisfy whatever the input.

#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace brochure::fuzz {

// "" when every diagnostic has a code and a message, and every line:column named in `file`
// lies inside `input` (a line that exists, a column at most one past its end); else a
// description of the first one that does not.
std::string checkDiagnostics(const Diagnostics& diagnostics, std::string_view file, std::string_view input);

}  // namespace brochure::fuzz
