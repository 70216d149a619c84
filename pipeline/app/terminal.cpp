#include "app/terminal.h"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace brochure::app {

std::optional<ColourChoice> parseColourChoice(const std::string& name) {
    if (name == "auto") return ColourChoice::automatic;
    if (name == "always") return ColourChoice::always;
    if (name == "never") return ColourChoice::never;
    return std::nullopt;
}

namespace {

bool dumbTerminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::strcmp(term, "dumb") == 0;
}

// NO_COLOR: "when present and not an empty string", whatever its value.
bool noColourRequested() {
    const char* value = std::getenv("NO_COLOR");
    return value != nullptr && *value != '\0';
}

bool isTerminal(int fd) { return fd >= 0 && ::isatty(fd) != 0; }

}  // namespace

Terminal decideTerminal(ColourChoice choice, int diagnosticsFd, int progressFd, bool quiet) {
    Terminal terminal;
    switch (choice) {
        case ColourChoice::always: terminal.colour = true; break;
        case ColourChoice::never: terminal.colour = false; break;
        case ColourChoice::automatic:
            terminal.colour = isTerminal(diagnosticsFd) && !dumbTerminal() && !noColourRequested();
            break;
    }
    // A dumb terminal cannot be trusted with '\r' either: it gets one plain line per document.
    terminal.live = !quiet && isTerminal(progressFd) && !dumbTerminal();
    return terminal;
}

}  // namespace brochure::app
