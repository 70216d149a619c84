#include "core/world.h"

#include "core/source_date.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brochure {

const char* notRegularFile(const struct stat& st) {
    if (S_ISREG(st.st_mode)) return nullptr;
    if (S_ISDIR(st.st_mode)) return "is a directory";
    if (S_ISFIFO(st.st_mode)) return "is a named pipe (FIFO), not a regular file";
    if (S_ISSOCK(st.st_mode)) return "is a socket, not a regular file";
    return "is a device, not a regular file";
}

FileContents World::readFile(const std::string& path) const {
    // One read of the size fstat reports (an iostream copy through a stringbuf costs several
    // times more); a file that grows meanwhile is read to its end all the same. O_NONBLOCK: a
    // FIFO (or a device) in place of an input would otherwise block the open, or the read, forever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return {{}, std::strerror(errno)};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        FileContents failed{{}, std::strerror(errno)};
        ::close(fd);
        return failed;
    }
    if (const char* kind = notRegularFile(st)) {
        ::close(fd);
        return {{}, kind};
    }
    FileContents contents;
    contents.bytes.resize(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0);
    std::size_t filled = 0;
    char more[4096];  // past the expected end: usually just the end-of-file answer
    for (;;) {
        const bool full = filled == contents.bytes.size();
        const ssize_t n = full ? ::read(fd, more, sizeof more)
                               : ::read(fd, contents.bytes.data() + filled, contents.bytes.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            contents = {{}, "read error: " + std::string(std::strerror(errno))};
            break;
        }
        if (n == 0) {
            contents.bytes.resize(filled);
            break;
        }
        if (full) contents.bytes.append(more, static_cast<std::size_t>(n));
        filled += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return contents;
}

bool World::exists(const std::string& path) const {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

std::int64_t World::now() const {
    // The app refuses a value out of range before anything runs (core/source_date.h).
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"))
        if (auto seconds = parseSourceDateEpoch(epoch)) return *seconds;
    return static_cast<std::int64_t>(std::time(nullptr));
}

const World& realWorld() {
    static const World world;
    return world;
}

}  // namespace brochure
