#pragma once
// One build at a time per output folder: a second build started on the same out/ and store
// is told so at once instead of interleaving its writes with the first one's.

#include <string>

namespace brochure::app {

class BuildLock {
public:
    // Takes the lock on <dir>/.brochure.lock (creating dir). On failure, ok() is false and
    // error() says why (held by another build, or the folder cannot be written).
    explicit BuildLock(const std::string& dir);
    ~BuildLock();
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

    bool ok() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }
    // Held by another build (try again later), as opposed to a folder that cannot be written.
    bool busy() const { return busy_; }

private:
    int fd_ = -1;
    std::string error_;
    bool busy_ = false;
};

}  // namespace brochure::app
