#include "app/build_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brochure::app {

BuildLock::BuildLock(const OutputFolder& out) {
    const std::string path = out.path() + "/" + kFileName;
    // O_NOFOLLOW: a link in its place would make the lock create or truncate a file elsewhere.
    UniqueFd fd(::openat(out.fd(), kFileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644));
    struct stat st {};
    if (!fd) {
        error_ = errno == ELOOP ? path + " is a symbolic link; the build does not follow links inside the out folder"
                                : "cannot create " + path + ": " + std::strerror(errno);
        return;
    }
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        error_ = path + " is not a regular file";
        return;
    }
    // flock is released by the kernel when the process dies, so a killed build never leaves
    // a stale lock behind.
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        busy_ = errno == EWOULDBLOCK;
        error_ = busy_ ? "another brochure build is writing to " + out.path() + "; wait for it to finish"
                       : "cannot lock " + path + ": " + std::strerror(errno);
        return;
    }
    fd_ = std::move(fd);
}

}  // namespace brochure::app
