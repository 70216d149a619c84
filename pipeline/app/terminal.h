#pragma once
// What the run may send to the terminal: colour in diagnostics, and a live progress line that
// rewrites itself. Decided once, from --color, NO_COLOR (https://no-color.org), TERM=dumb and
// whether the streams are terminals at all; a log file or a CI console gets neither.

#include <optional>
#include <string>

namespace brochure::app {

enum class ColourChoice { automatic, always, never };

std::optional<ColourChoice> parseColourChoice(const std::string& name);  // auto, always, never

struct Terminal {
    bool colour = false;  // ANSI colour in text diagnostics
    bool live = false;    // the progress line rewrites itself with '\r'
};

// `diagnosticsFd` and `progressFd` are the file descriptors the two streams write to (-1: a file).
Terminal decideTerminal(ColourChoice choice, int diagnosticsFd, int progressFd, bool quiet);

}  // namespace brochure::app
