#pragma once
// Text helpers shared by the ingest readers: normalising what a person typed and listing what
// they could have typed. The hints for the name they probably meant are in core/spelling.h.

#include <string>
#include <string_view>
#include <vector>

namespace brochure::ingest {

// Surrounding white space removed and inner runs of white space (line breaks of a wrapped
// long text) turned into one space.
std::string normalizeSpace(std::string_view text);

// ASCII lower case; other bytes (UTF-8) unchanged.
std::string lowerAscii(std::string_view text);

// "'a', 'b' or 'c'": a list of the names that would have been right.
std::string quotedList(const std::vector<std::string>& names);

}  // namespace brochure::ingest
