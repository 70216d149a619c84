#pragma once
// Warnings a project has looked at and accepted (`diagnostics.accept` in brochure.properties):
// a known discrepancy in the source, a photo the print shop has agreed to. An accepted warning
// is still printed, as a note that says it was accepted, and never fails `--werror`; a new
// warning of the same kind elsewhere still does. So `--werror` stays usable on real data.

#include "core/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brochure {

// CODE, CODE@FILE or CODE@FILE:LINE. FILE (or a folder) is matched as whole components of the
// diagnostic's path (so "data/2025/x.xml" accepts the warning however the data folder was named
// on the command line, and "data/images" every image in it); without LINE, every line.
struct AcceptedWarning {
    std::string code;
    std::string file;
    int line = 0;
    std::string text;  // as written, for the note
};

std::optional<AcceptedWarning> parseAcceptedWarning(std::string_view text);

// The project's list; set once before any stage runs (not thread-safe), read by every
// Diagnostics::report.
void setAcceptedWarnings(std::vector<AcceptedWarning> accepted);

// The entry that accepts this warning, if any.
const AcceptedWarning* acceptedBy(const Diagnostic& warning);

}  // namespace brochure
