#include "app/file_watcher.h"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace brochure::app {

namespace fs = std::filesystem;

namespace {

// What saving, creating, deleting or renaming a file does; not reads, and not the access-time
// changes a build's own reading makes.
constexpr std::uint32_t kChanges = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                   IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

}  // namespace

FileWatcher::FileWatcher() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    // Threads the build starts later inherit the mask, so the signal is never delivered to one
    // of them: a Ctrl-C during a build lets the build finish (its outputs whole) and then ends.
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    signals_ = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
}

FileWatcher::~FileWatcher() {
    if (inotify_ >= 0) ::close(inotify_);
    if (signals_ >= 0) ::close(signals_);
}

void FileWatcher::watch(const std::string& folder, bool recursive, const std::string& onlyName) {
    if (inotify_ < 0) return;
    int descriptor = inotify_add_watch(inotify_, folder.c_str(), kChanges | IN_ONLYDIR);
    if (descriptor < 0) return;  // a folder that does not exist (yet) is not watched
    folders_.push_back({descriptor, folder, recursive, onlyName});
    if (!recursive) return;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec)) watch(it->path().string(), true);
}

void FileWatcher::clear() {
    for (const auto& folder : folders_) inotify_rm_watch(inotify_, folder.descriptor);
    folders_.clear();
}

bool FileWatcher::relevant(const ::inotify_event& event) {
    auto folder = std::find_if(folders_.begin(), folders_.end(),
                               [&](const Folder& f) { return f.descriptor == event.wd; });
    if (folder == folders_.end()) return false;
    std::string name = event.len > 0 ? event.name : "";
    if (!folder->onlyName.empty()) return name == folder->onlyName;
    if ((event.mask & IN_ISDIR) && (event.mask & (IN_CREATE | IN_MOVED_TO)) && folder->recursive)
        watch(folder->path + "/" + name, true);
    return true;
}

// Reads what is pending, waiting up to `timeoutMs` for the first event; true if any counted.
bool FileWatcher::drain(int timeoutMs, bool& interrupted) {
    pollfd fds[2] = {{inotify_, POLLIN, 0}, {signals_, POLLIN, 0}};
    if (::poll(fds, 2, timeoutMs) <= 0) return false;
    if (fds[1].revents & POLLIN) {
        signalfd_siginfo info;
        while (::read(signals_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) interrupted = true;
    }
    bool changed = false;
    alignas(inotify_event) char buffer[16 * 1024];
    for (;;) {
        ssize_t n = ::read(inotify_, buffer, sizeof buffer);
        if (n <= 0) break;
        for (char* at = buffer; at < buffer + n;) {
            auto* event = reinterpret_cast<inotify_event*>(at);
            if (relevant(*event)) changed = true;
            at += sizeof(inotify_event) + event->len;
        }
    }
    return changed;
}

FileWatcher::Event FileWatcher::wait(std::chrono::milliseconds quiet) {
    bool interrupted = false;
    while (!drain(-1, interrupted))
        if (interrupted) return Event::interrupted;
    while (!interrupted && drain(static_cast<int>(quiet.count()), interrupted)) {
    }
    return interrupted ? Event::interrupted : Event::changed;
}

}  // namespace brochure::app
