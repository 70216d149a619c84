#pragma once
// Whether a path a user wrote (an image in a layout, a photo file named in an export) stays inside
// the folders the project allows, after following every symbolic link: "../../etc/passwd" and a
// link in data/images pointing at /etc both leave the project.

#include <string>
#include <vector>

namespace brochure {

// True when `path`, resolved through symbolic links (parts that do not exist are taken as
// written), lies inside one of `roots` (resolved the same way). No roots: everything is allowed.
bool isInsideAny(const std::string& path, const std::vector<std::string>& roots);

// The absolute path `path` leads to once symbolic links are followed (for messages).
std::string resolvedPath(const std::string& path);

}  // namespace brochure
