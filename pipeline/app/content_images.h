#pragma once
// The image files a bound document places, in order of appearance (for `check`, which validates
// them without typesetting, and for fingerprints).

#include "content/content.h"

#include <string>
#include <vector>

namespace brochure::app {

std::vector<std::string> imagePaths(const content::Document& document);

}  // namespace brochure::app
