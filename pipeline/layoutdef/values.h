#pragma once
// Typed attribute values of the layout language. The reader uses these to validate; bind uses
// them to convert (after validation they always succeed).

#include "content/content.h"

#include <optional>
#include <string>
#include <vector>

namespace brochure::layoutdef {

// "12", "12pt", "10mm", "1.5cm", "0.5in" -> points. Negative lengths are rejected.
std::optional<double> parseLength(const std::string& text);
// "#1f4e79" or "#fff" -> colour; "cmyk(100 60 0 40)" (ink percentages) -> a colour the print
// edition prints with exactly those inks; "#1f4e79 cmyk(100 60 0 40)" -> both at once (the screen
// edition shows the RGB, the print edition uses the inks).
std::optional<content::Color> parseColor(const std::string& text);
// "yes"/"no" (also "true"/"false").
std::optional<bool> parseBool(const std::string& text);
// A decimal number, e.g. "1.25".
std::optional<double> parseNumber(const std::string& text);
// A whole number, e.g. "3".
std::optional<long long> parseInteger(const std::string& text);

// A column width: "15%" or a length.
struct Width {
    bool percent = false;
    double value = 0;
};
std::optional<Width> parseWidth(const std::string& text);

// Margins: one to four lengths, CSS order (top right bottom left).
struct Margins {
    double top = 0, right = 0, bottom = 0, left = 0;
};
std::optional<Margins> parseMargins(const std::string& text);

// A page size: "A4", "A5", "Letter" or "210mm 297mm" (width height).
struct PageSize {
    double width = 0, height = 0;
};
std::optional<PageSize> parsePageSize(const std::string& text);

std::optional<content::Align> parseAlign(const std::string& text);

// A style's font list, "Noto Serif, IPAexGothic": the families in fallback order, trimmed.
std::vector<std::string> parseFamilies(const std::string& text);

}  // namespace brochure::layoutdef
