#include "render/page_labels.h"

#include <cctype>

namespace brochure::render {
namespace {

struct Parsed {
    LabelStyle style = LabelStyle::none;
    int number = 0;
    std::string prefix;
};

// Roman numerals up to 3999 in canonical form; anything else is not a roman page number.
int parseRoman(const std::string& text, bool upper) {
    static const char* const lower[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    std::string rebuilt;
    int value = 0;
    std::string folded;
    for (char c : text) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char c : text)
        if (upper ? !std::isupper(static_cast<unsigned char>(c)) : !std::islower(static_cast<unsigned char>(c)))
            return 0;
    std::size_t i = 0;
    for (int k = 0; k < 13 && i < folded.size(); ++k) {
        std::string symbol = lower[k];
        // Canonical form: at most three of m/c/x/i in a row, others at most once.
        int repeat = symbol.size() == 1 && std::string("mcxi").find(symbol) != std::string::npos ? 3 : 1;
        while (repeat-- > 0 && folded.compare(i, symbol.size(), symbol) == 0) {
            value += values[k];
            i += symbol.size();
        }
    }
    return i == folded.size() && !folded.empty() ? value : 0;
}

Parsed parse(const std::string& label) {
    Parsed parsed;
    std::size_t digits = label.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(label[digits - 1]))) --digits;
    // A number needs at least one digit, at most 9 (no overflow), and no leading zero.
    if (digits < label.size() && label.size() - digits <= 9 && label[digits] != '0') {
        parsed.style = LabelStyle::decimal;
        parsed.number = std::stoi(label.substr(digits));
        parsed.prefix = label.substr(0, digits);
        return parsed;
    }
    if (int n = parseRoman(label, false)) return {LabelStyle::lowerRoman, n, {}};
    if (int n = parseRoman(label, true)) return {LabelStyle::upperRoman, n, {}};
    parsed.prefix = label;
    return parsed;
}

}  // namespace

std::vector<LabelRange> pageLabelRanges(const std::vector<std::string>& labels) {
    std::vector<LabelRange> ranges;
    Parsed previous;
    for (std::size_t page = 0; page < labels.size(); ++page) {
        Parsed current = parse(labels[page]);
        bool continues = page > 0 && current.style != LabelStyle::none && current.style == previous.style &&
                         current.prefix == previous.prefix && current.number == previous.number + 1;
        bool repeatsNone = page > 0 && current.style == LabelStyle::none && previous.style == LabelStyle::none &&
                           current.prefix == previous.prefix;
        if (!continues && !repeatsNone)
            ranges.push_back({static_cast<int>(page), current.style, current.style == LabelStyle::none ? 1 : current.number,
                              current.prefix});
        previous = current;
    }
    return ranges;
}

}  // namespace brochure::render
