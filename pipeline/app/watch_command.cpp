#include "app/watch_command.h"

#include "app/file_watcher.h"

#include <Poco/Util/Application.h>

#include <filesystem>
#include <optional>
#include <ostream>

namespace brochure::app {

namespace {

// Long enough to take an editor's save (write, rename, backup) as one change; short enough that
// the PDF follows the save within the 100 ms a person perceives as immediate.
constexpr std::chrono::milliseconds kQuietAfterSave{15};

void watchInputs(FileWatcher& watcher, const WatchedInputs& inputs) {
    watcher.clear();
    for (const auto& folder : inputs.folders) watcher.watch(folder, true);
    if (!inputs.settingsFile.empty()) {
        std::filesystem::path file = std::filesystem::absolute(inputs.settingsFile);
        watcher.watch(file.parent_path().string(), false, file.filename().string());
    }
}

// Whether anything the round read was saved after `since`: a save during the first build, or
// during a build whose settings moved the folders, came before its folders were watched.
bool savedSince(const WatchedInputs& inputs, std::filesystem::file_time_type since) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!inputs.settingsFile.empty() && fs::last_write_time(inputs.settingsFile, ec) > since && !ec) return true;
    for (const auto& folder : inputs.folders)
        for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            if (it->last_write_time(ec) > since && !ec) return true;
    return false;
}

}  // namespace

int runWatch(const std::function<int(WatchedInputs&)>& round, std::ostream& out, bool quiet) {
    FileWatcher watcher;  // before the first build: its threads must inherit the blocked signals
    std::optional<WatchedInputs> watched;
    for (;;) {
        WatchedInputs inputs;
        auto started = std::filesystem::file_time_type::clock::now();
        int code = round(inputs);
        // The same folders stay watched across rounds, so a save during a build is queued, not
        // lost; new folders are watched now and checked for saves the watch did not see.
        bool missed = false;
        if (inputs != watched) {
            watchInputs(watcher, inputs);
            missed = savedSince(inputs, started);
            watched = inputs;
        }
        if (!quiet)
            out << (code == Poco::Util::Application::EXIT_OK ? "watching" : "the last good PDFs are kept; watching")
                << " for changes (Ctrl-C to stop)" << std::endl;
        if (!missed && watcher.wait(kQuietAfterSave) == FileWatcher::Event::interrupted) break;
    }
    if (!quiet) out << "stopped watching" << std::endl;
    return Poco::Util::Application::EXIT_OK;
}

}  // namespace brochure::app
