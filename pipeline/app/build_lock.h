#pragma once
// One build at a time per output folder: a second build started on the same out/ and store
// is told so at once instead of interleaving its writes with the first one's.

#include "core/output_folder.h"

#include <string>

namespace brochure::app {

class BuildLock {
public:
    // Takes the lock on <out>/.brochure.lock, never through a symbolic link. On failure, ok() is
    // false and error() says why (held by another build, a link, or the folder cannot be written).
    explicit BuildLock(const OutputFolder& out);

    bool ok() const { return static_cast<bool>(fd_); }
    const std::string& error() const { return error_; }
    // Held by another build (try again later), as opposed to a folder that cannot be written.
    bool busy() const { return busy_; }

    static constexpr const char* kFileName = ".brochure.lock";

private:
    UniqueFd fd_;
    std::string error_;
    bool busy_ = false;
};

}  // namespace brochure::app
