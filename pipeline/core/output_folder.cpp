#include "core/output_folder.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brochure {

namespace fs = std::filesystem;

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.release();
    }
    return *this;
}

namespace {

// "handouts/./laos.pdf" -> {"handouts", "laos.pdf"}; empty when a part climbs out ("..").
std::vector<std::string> components(const std::string& relative) {
    std::vector<std::string> parts;
    for (const auto& part : fs::path(relative)) {
        std::string name = part.string();
        if (name.empty() || name == "." || name == "/") continue;
        if (name == "..") return {};
        parts.push_back(std::move(name));
    }
    return parts;
}

bool isSymbolicLink(int dir, const std::string& name) {
    struct stat st {};
    return ::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

// The regular file `relative`, opened read-only without following links; an empty fd otherwise.
UniqueFd openRegular(const OutputFolder& folder, const std::string& relative, struct stat& st) {
    std::string error;
    UniqueFd parent = folder.parentOf(relative, false, error);
    if (!parent) return {};
    UniqueFd file(::openat(parent.get(), fs::path(relative).filename().c_str(),
                           O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!file || ::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
    return file;
}

}  // namespace

std::optional<OutputFolder> OutputFolder::open(const std::string& dir, std::string& error) {
    std::error_code made;
    fs::create_directories(dir, made);
    UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd) {
        // open's reason ("Not a directory") says more than mkdir's ("File exists"), unless the
        // folder is simply missing because it could not be made.
        error = "cannot create the folder " + dir + ": " + (errno == ENOENT && made ? made.message() : std::strerror(errno));
        return std::nullopt;
    }
    return OutputFolder(dir, std::move(fd));
}

UniqueFd OutputFolder::parentOf(const std::string& relative, bool create, std::string& error) const {
    std::vector<std::string> parts = components(relative);
    if (parts.empty()) {
        error = "\"" + relative + "\" is not a file name inside " + path_;
        return {};
    }
    parts.pop_back();
    UniqueFd dir(::dup(fd_.get()));
    std::string walked = path_;
    for (const std::string& name : parts) {
        walked += "/" + name;
        if (create && ::mkdirat(dir.get(), name.c_str(), 0755) != 0 && errno != EEXIST) {
            error = "cannot create the folder " + walked + ": " + std::strerror(errno);
            return {};
        }
        UniqueFd next(::openat(dir.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next) {
            error = isSymbolicLink(dir.get(), name)
                        ? walked + " is a symbolic link; the build does not follow links inside the out folder"
                        : "cannot open the folder " + walked + ": " + std::strerror(errno);
            return {};
        }
        dir = std::move(next);
    }
    return dir;
}

std::string OutputFolder::symbolicLinkOn(const std::string& relative) const {
    UniqueFd dir(::dup(fd_.get()));
    std::string walked = path_;
    for (const std::string& name : components(relative)) {
        walked += "/" + name;
        if (isSymbolicLink(dir.get(), name)) return walked;
        UniqueFd next(::openat(dir.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next) return {};  // not there yet, or the file itself
        dir = std::move(next);
    }
    return {};
}

std::optional<long long> OutputFolder::regularFileSize(const std::string& relative) const {
    struct stat st {};
    if (!openRegular(*this, relative, st)) return std::nullopt;
    return static_cast<long long>(st.st_size);
}

std::optional<std::string> OutputFolder::read(const std::string& relative) const {
    struct stat st {};
    UniqueFd file = openRegular(*this, relative, st);
    if (!file) return std::nullopt;
    std::string bytes;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;
        if (n == 0) return bytes;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
}

}  // namespace brochure
