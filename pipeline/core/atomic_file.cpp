#include "core/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brochure {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemporaryMark = ".brochure-tmp-";

std::string temporaryNameFor(const std::string& name) {
    // The random part keeps two writers of one process (render::writePdf on several threads) apart.
    thread_local std::mt19937 generator{std::random_device{}()};
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(generator() & 0xffffffffu));
    return "." + name + std::string(kTemporaryMark) + std::to_string(::getpid()) + "-" + suffix;
}

bool writeAll(int fd, const std::string& bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

bool allOf(std::string_view text, bool (*accepts)(char)) {
    if (text.empty()) return false;
    for (char c : text)
        if (!accepts(c)) return false;
    return true;
}

}  // namespace

bool isTemporaryName(std::string_view name) {
    // "." + target + mark + pid + "-" + 8 lower-case hex digits
    auto mark = name.rfind(kTemporaryMark);
    if (name.size() < 2 || name[0] != '.' || mark == std::string_view::npos || mark < 2) return false;
    std::string_view tail = name.substr(mark + kTemporaryMark.size());
    auto dash = tail.find('-');
    if (dash == std::string_view::npos) return false;
    std::string_view pid = tail.substr(0, dash), random = tail.substr(dash + 1);
    return allOf(pid, [](char c) { return c >= '0' && c <= '9'; }) && random.size() == 8 &&
           allOf(random, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

StagedFiles::~StagedFiles() {
    for (const Staged& file : staged_) ::unlinkat(file.dir.get(), file.temporary.c_str(), 0);
}

bool StagedFiles::stage(const std::string& relative, const std::string& bytes, std::string& error) {
    Staged file;
    file.dir = folder_.parentOf(relative, true, error);
    if (!file.dir) return false;
    file.name = fs::path(relative).filename().string();
    file.temporary = temporaryNameFor(file.name);
    file.shown = (fs::path(folder_.path()) / relative).string();
    UniqueFd fd(::openat(file.dir.get(), file.temporary.c_str(),
                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd) {
        error = "cannot create a temporary file beside " + file.shown + ": " + std::strerror(errno);
        return false;
    }
    // Registered before writing: a failed write is removed with the others.
    staged_.push_back(std::move(file));
    // No fsync: rename is atomic for readers and for a killed process, which is what "no partial
    // PDF" needs; syncing every output would double the time of a small build.
    if (!writeAll(fd.get(), bytes) || ::close(fd.release()) != 0) {
        error = "cannot write " + staged_.back().shown + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool StagedFiles::commit(std::string& error) {
    struct stat st {};
    for (std::size_t i = 0; i < staged_.size(); ++i) {
        const Staged& file = staged_[i];
        // rename would replace a link rather than follow it, but a link there is not ours to replace.
        if (::fstatat(file.dir.get(), file.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
            error = file.shown + " is a symbolic link; the build does not replace links inside the out folder";
            staged_.erase(staged_.begin(), staged_.begin() + static_cast<std::ptrdiff_t>(i));
            return false;
        }
        if (::renameat(file.dir.get(), file.temporary.c_str(), file.dir.get(), file.name.c_str()) != 0) {
            error = "cannot replace " + file.shown + ": " + std::strerror(errno);
            staged_.erase(staged_.begin(), staged_.begin() + static_cast<std::ptrdiff_t>(i));
            return false;
        }
    }
    staged_.clear();
    return true;
}

void removeStaleTemporaries(const OutputFolder& folder, const std::string& relative) {
    std::string error;
    UniqueFd dir = folder.parentOf(relative, false, error);
    if (!dir) return;
    UniqueFd copy(::dup(dir.get()));
    DIR* listing = ::fdopendir(copy.get());
    if (!listing) return;
    copy.release();  // closedir closes it
    struct stat st {};
    while (const dirent* entry = ::readdir(listing))
        if (isTemporaryName(entry->d_name) && ::fstatat(dir.get(), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISREG(st.st_mode))
            ::unlinkat(dir.get(), entry->d_name, 0);
    ::closedir(listing);
}

bool writeFileAtomically(const std::string& path, const std::string& bytes, std::string& error) {
    fs::path target(path);
    auto folder = OutputFolder::open(target.has_parent_path() ? target.parent_path().string() : ".", error);
    if (!folder) return false;
    StagedFiles files(*folder);
    return files.stage(target.filename().string(), bytes, error) && files.commit(error);
}

}  // namespace brochure
