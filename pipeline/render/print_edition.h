#pragma once
// What the PDF painter needs to make the print edition of a document (docs/print.md). Without it
// (the screen edition) the painter writes RGB, links and bookmarks exactly as it always has.

#include <optional>
#include <string>

namespace brochure::render {

struct PrintEdition {
    double bleed = 8.504;          // points the artwork extends past the trim on every side (3 mm)
    bool cropMarks = false;        // crop and registration marks, outside the bleed
    std::string outputProfile;     // the ICC profile's bytes (CMYK output profile); empty = no output intent
    std::string outputCondition;   // its registered name, e.g. "CGATS TR 001" (SWOP)
    double minimumPpi = 200;       // images below this at their printed size are warning R210
};

// Why `icc` cannot be the print edition's output intent (not an ICC profile, not an output
// profile, not CMYK); empty when it can.
std::string cmykProfileProblem(const std::string& icc);

struct RenderOptions {
    std::optional<PrintEdition> print;  // unset: the screen edition
};

}  // namespace brochure::render
