#pragma once
// Hand-built frame::Documents for the render tests: text at fixed positions (nothing measured),
// so each test states exactly what the PDF must contain.

#include <string>
#include <vector>

#include "frame/frame.h"

namespace brochure::testing {

inline std::string fontPath(const std::string& file) { return std::string(BROCHURE_SOURCE_DIR) + "/fonts/" + file; }

// A run at (x, baseline) in font `font`, 11 pt black unless changed afterwards.
inline frame::TextRun textRun(double x, double baseline, int font, std::string text, double size = 11) {
    frame::TextRun run;
    run.x = x;
    run.baseline = baseline;
    run.font = font;
    run.size = size;
    run.text = std::move(text);
    return run;
}

inline frame::FontFace notoSans() { return {fontPath("NotoSans-Regular.ttf"), "Noto Sans"}; }
inline frame::FontFace notoSansBold() { return {fontPath("NotoSans-Bold.ttf"), "Noto Sans Bold"}; }
inline frame::FontFace ipaexGothic() { return {fontPath("ipaexg.ttf"), "IPAex Gothic"}; }

// One A4 page, one run per line (14 pt apart from y = 72), all in font 0.
inline frame::Document documentWithLines(const std::vector<std::string>& lines, frame::FontFace font = notoSans()) {
    frame::Document document;
    document.metadata.title = "Test";
    document.metadata.date = 1735689600;  // 2025-01-01T00:00:00Z
    document.fonts.push_back(std::move(font));
    frame::Page page;
    double baseline = 72;
    for (const std::string& line : lines) {
        page.items.push_back(textRun(72, baseline, 0, line));
        baseline += 14;
    }
    document.pages.push_back(std::move(page));
    return document;
}

}  // namespace brochure::testing
