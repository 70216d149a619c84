#include "core/path_guard.h"

#include <filesystem>

namespace brochure {

namespace fs = std::filesystem;

namespace {

fs::path resolved(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) return fs::path(path).lexically_normal();
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

bool contains(const fs::path& root, const fs::path& path) {
    auto r = root.begin(), p = path.begin();
    for (; r != root.end(); ++r, ++p) {
        if (r->empty()) continue;  // the trailing "" of "dir/"
        if (p == path.end() || *r != *p) return false;
    }
    return true;
}

}  // namespace

std::string resolvedPath(const std::string& path) { return resolved(path).string(); }

bool isInsideAny(const std::string& path, const std::vector<std::string>& roots) {
    if (roots.empty()) return true;
    const fs::path target = resolved(path);
    for (const auto& root : roots)
        if (contains(resolved(root), target)) return true;
    return false;
}

}  // namespace brochure
