#include "core/world.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace brochure {

FileContents World::readFile(const std::string& path) const {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {{}, std::strerror(errno)};
    if (S_ISDIR(st.st_mode)) return {{}, "is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {{}, std::strerror(errno)};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return {{}, "read error"};
    return {buffer.str(), {}};
}

bool World::exists(const std::string& path) const {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

std::int64_t World::now() const {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long value = std::strtoll(epoch, &end, 10);
        if (end != epoch && *end == '\0' && value >= 0) return value;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

const World& realWorld() {
    static const World world;
    return world;
}

}  // namespace brochure
