#include "reference_text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
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

std::vector<std::string> splitTrimmed(std::string_view text, char delimiter) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(delimiter, start);
        parts.push_back(trim(text.substr(start, end == std::string_view::npos ? end : end - start)));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
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
            tables_.back().lines.push_back(splitTrimmed(line, '\t'));
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

std::string referencePath() { return BROCHURE_SOURCE_DIR "/tests/fixtures/reference/our-activities-2025.txt"; }

Qualified splitTrailingParenthesis(std::string_view text) {
    const std::string whole = trim(text);
    if (whole.empty() || whole.back() != ')') return {whole, {}};
    const std::size_t open = whole.rfind('(');
    if (open == std::string::npos) return {whole, {}};
    return {trim(std::string_view(whole).substr(0, open)),
            trim(std::string_view(whole).substr(open + 1, whole.size() - open - 2))};
}

std::optional<std::vector<std::string>> matchPattern(std::string_view text, std::string_view pattern) {
    const std::vector<std::string_view> literals = [&] {
        std::vector<std::string_view> parts;
        std::size_t start = 0;
        for (std::size_t hole = pattern.find("{}"); hole != std::string_view::npos; hole = pattern.find("{}", start)) {
            parts.push_back(pattern.substr(start, hole - start));
            start = hole + 2;
        }
        parts.push_back(pattern.substr(start));
        return parts;
    }();
    if (text.substr(0, literals.front().size()) != literals.front()) return std::nullopt;
    std::vector<std::string> holes;
    std::size_t at = literals.front().size();
    for (std::size_t i = 1; i < literals.size(); ++i) {
        const bool last = i + 1 == literals.size();
        const std::string_view literal = literals[i];
        std::size_t end = 0;
        if (last) {
            if (text.size() < at + 1 + literal.size() || text.substr(text.size() - literal.size()) != literal) {
                return std::nullopt;
            }
            end = text.size() - literal.size();
        } else {
            end = text.find(literal, at + 1);
            if (end == std::string_view::npos) return std::nullopt;
        }
        holes.emplace_back(text.substr(at, end - at));
        at = end + literal.size();
    }
    if (literals.size() == 1 && text.size() != literals.front().size()) return std::nullopt;
    return holes;
}

std::optional<int> fiscalYearIn(std::string_view text) {
    for (std::size_t at = text.find("FY"); at != std::string_view::npos; at = text.find("FY", at + 2)) {
        const std::string_view digits = text.substr(at + 2, 4);
        if (digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::stoi(std::string(digits));
        }
    }
    return std::nullopt;
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
