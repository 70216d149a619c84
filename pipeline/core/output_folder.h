#pragma once
// The out folder as a build writes it: one descriptor on the real folder, and every path below it
// walked one component at a time without following symbolic links (openat with O_NOFOLLOW), so a
// link placed inside out/ can never lead the build's writes, its lock or its reads of its own
// manifest somewhere else. The folder the user names may itself be a link: that is their choice.

#include <optional>
#include <string>

namespace brochure {

// A file descriptor that closes itself.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    int release() {
        int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_ = -1;
};

class OutputFolder {
public:
    // Opens `dir`, creating it and its parents. On failure, nullopt and `error` says why.
    static std::optional<OutputFolder> open(const std::string& dir, std::string& error);

    const std::string& path() const { return path_; }
    int fd() const { return fd_.get(); }

    // The folder that holds `relative` ("handouts/laos.pdf" -> out/handouts), its folders made
    // when `create`. Fails (an empty fd, `error` set) when a component is a symbolic link or not
    // a folder.
    UniqueFd parentOf(const std::string& relative, bool create, std::string& error) const;

    // The first component of `relative` (including the file itself) that is a symbolic link,
    // as a path under path(); empty when there is none (or the path does not exist yet).
    std::string symbolicLinkOn(const std::string& relative) const;

    // The size of a regular file at `relative`; nullopt when there is none (or a link is on the way).
    std::optional<long long> regularFileSize(const std::string& relative) const;
    // The bytes of a regular file at `relative`; nullopt when there is none.
    std::optional<std::string> read(const std::string& relative) const;

private:
    OutputFolder(std::string path, UniqueFd fd) : path_(std::move(path)), fd_(std::move(fd)) {}
    std::string path_;
    UniqueFd fd_;
};

}  // namespace brochure
