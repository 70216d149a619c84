#include "app/build_lock.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace brochure::app {

BuildLock::BuildLock(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string path = dir + "/.brochure.lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        error_ = "cannot create " + path + ": " + std::strerror(errno);
        return;
    }
    // flock is released by the kernel when the process dies, so a killed build never leaves
    // a stale lock behind.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        busy_ = errno == EWOULDBLOCK;
        error_ = errno == EWOULDBLOCK ? "another brochure build is writing to " + dir + "; wait for it to finish"
                                      : "cannot lock " + path + ": " + std::strerror(errno);
        ::close(fd);
        return;
    }
    fd_ = fd;
}

BuildLock::~BuildLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace brochure::app
