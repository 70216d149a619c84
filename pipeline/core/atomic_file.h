#pragma once
// Writes a whole file or nothing: bytes go to a temporary file in the same folder, which is
// renamed over the target only when complete, so a failed or killed build never leaves a
// truncated file or replaces a good one.

#include <string>

namespace brochure {

bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace brochure
