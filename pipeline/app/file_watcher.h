#pragma once
// Waits for a person to save a file: inotify on the folders of a project, and Ctrl-C. A save is
// usually several events (an editor writes a temporary, renames it, touches its backup), so one
// wait returns once the folders have been quiet for a moment after the first event.

#include <chrono>
#include <string>
#include <vector>

struct inotify_event;

namespace brochure::app {

class FileWatcher {
public:
    FileWatcher();  // blocks SIGINT and SIGTERM in this thread: they are read, not delivered
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    // Watches `folder` and, when `recursive`, every folder below it (also ones made later). With
    // `onlyName`, only events about that file name in the folder count (brochure.properties in
    // the project folder, whose out/ and build/ change with every build).
    void watch(const std::string& folder, bool recursive, const std::string& onlyName = {});
    void clear();  // forget every folder (the settings, and so the folders, changed)

    enum class Event { changed, interrupted };
    // Blocks until a watched file changes (then `quiet` passes without another event) or until
    // Ctrl-C / SIGTERM arrives.
    Event wait(std::chrono::milliseconds quiet);

    std::size_t folderCount() const { return folders_.size(); }

private:
    struct Folder {
        int descriptor;
        std::string path;
        bool recursive;
        std::string onlyName;
    };
    bool relevant(const ::inotify_event& event);
    bool drain(int timeoutMs, bool& interrupted);

    int inotify_ = -1;
    int signals_ = -1;
    std::vector<Folder> folders_;
};

}  // namespace brochure::app
