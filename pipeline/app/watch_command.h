#pragma once
// brochure watch: build, then build again after every save of the data, layouts, fonts, images
// or settings, until Ctrl-C. A save that breaks something prints why and leaves the last good
// PDFs in place (a build writes nothing unless every document succeeded), so a PDF viewer that
// reloads changed files (Evince, Okular) always shows the last good state.

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace brochure::app {

// What one round watches: folders (recursively) and a settings file.
struct WatchedInputs {
    std::vector<std::string> folders;
    std::string settingsFile;  // empty: none; its folder is watched for that name only
    bool operator==(const WatchedInputs&) const = default;
};

// `round` builds once (re-reading the settings) and fills in what to watch until the next round;
// it returns the build's exit code. watch returns 0 when interrupted by Ctrl-C or SIGTERM.
int runWatch(const std::function<int(WatchedInputs&)>& round, std::ostream& out, bool quiet);

}  // namespace brochure::app
