#include "reference_text.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace brochure::testdata {

namespace {

// The width in bytes of the white space that starts at `i` (ASCII, or the U+00A0 no-break space
// the source uses on some "empty" lines), 0 when there is none.
std::size_t spaceAt(std::string_view text, std::size_t i) {
    if (i >= text.size()) return 0;
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    return text.substr(i, 2) == "\xC2\xA0" ? 2 : 0;
}

// The same for the white space that ends just before `end`.
std::size_t spaceBefore(std::string_view text, std::size_t end) {
    if (end >= 1 && spaceAt(text, end - 1) == 1) return 1;
    if (end >= 2 && spaceAt(text, end - 2) == 2) return 2;
    return 0;
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        cells.push_back(trim(std::string_view(line).substr(start, tab == std::string::npos ? tab : tab - start)));
        if (tab == std::string::npos) return cells;
        start = tab + 1;
    }
}

}  // namespace

std::string trim(std::string_view text) {
    std::size_t begin = 0;
    while (std::size_t width = spaceAt(text, begin)) begin += width;
    std::size_t end = text.size();
    while (end > begin) {
        const std::size_t width = spaceBefore(text, end);
        if (width == 0) break;
        end -= width;
    }
    return std::string(text.substr(begin, end - begin));
}

std::optional<ReferenceText> ReferenceText::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return ReferenceText(bytes.str());
}

ReferenceText::ReferenceText(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::string line;
    std::string lastNonEmpty;
    bool inTable = false;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.find('\t') != std::string::npos) {
            if (!inTable) {
                tables_.push_back(SourceTable{{}, number, lastNonEmpty});
                inTable = true;
            }
            tables_.back().lines.push_back(splitTabs(line));
            continue;
        }
        inTable = false;
        std::string trimmed = trim(line);
        if (trimmed.empty()) continue;
        lastNonEmpty = trimmed;
        prose_.push_back(SourceLine{std::move(trimmed), number});
    }
}

const SourceTable& ReferenceText::table(std::string_view headerPrefix) const {
    for (const SourceTable& table : tables_) {
        std::string header;
        for (std::size_t i = 0; i < table.lines.front().size(); ++i) {
            if (i > 0) header += '\t';
            header += table.lines.front()[i];
        }
        if (header.compare(0, headerPrefix.size(), headerPrefix) == 0) return table;
    }
    FAIL_CHECK("the reference text has no table whose header starts with \"" << headerPrefix << '"');
    static const SourceTable none{{{}}, 0, {}};
    return none;
}

std::string referencePath() { return BROCHURE_SOURCE_DIR "/../shared/reference/our-activities-2025.txt"; }

Qualified splitTrailingParenthesis(std::string_view text) {
    const std::string whole = trim(text);
    if (whole.empty() || whole.back() != ')') return {whole, {}};
    const std::size_t open = whole.rfind('(');
    if (open == std::string::npos) return {whole, {}};
    return {trim(std::string_view(whole).substr(0, open)),
            trim(std::string_view(whole).substr(open + 1, whole.size() - open - 2))};
}

std::optional<int> fiscalYearIn(std::string_view text) {
    static const std::regex fiscalYear("FY(\\d{4})");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(text.begin(), text.end(), match, fiscalYear)) return std::nullopt;
    return std::stoi(match[1].str());
}

std::string canonicalCountry(const std::string& sourceName) {
    static const std::map<std::string, std::string> aliases = {
        {"Brunei Darussalam", "Brunei"},
        {"Philippine", "Philippines"},
    };
    const auto alias = aliases.find(sourceName);
    return alias == aliases.end() ? sourceName : alias->second;
}

bool isNone(const std::string& cell) { return cell == "-" || cell == "\xE2\x80\x94"; }

}  // namespace brochure::testdata
