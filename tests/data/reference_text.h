#pragma once
// The reference text of the brochure (a copy of ../shared/reference/our-activities-2025.txt kept
// in tests/fixtures/reference/, so a clean clone tests against it), split into
// what the round-trip tests compare the store with: its tab-separated tables and its prose lines.
// The expectations come from the source itself, not from a copy of our own exports.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brochure::testdata {

// A run of consecutive lines that contain a tab: one table of the source.
struct SourceTable {
    std::vector<std::vector<std::string>> lines;  // cells of each line, trimmed, header lines included
    int firstLine = 0;                            // 1-based line of the header in the source
    std::string caption;                          // the nearest non-empty line above the table
};

// A line of the source that is not part of a table.
struct SourceLine {
    std::string text;  // trimmed
    int line = 0;      // 1-based
};

class ReferenceText {
public:
    // nullopt when the file cannot be read.
    static std::optional<ReferenceText> load(const std::string& path);
    explicit ReferenceText(std::string_view text);

    // The table whose header line starts with `headerPrefix` (cells joined by tabs).
    // Fails the current test (and returns an empty table) when there is no such table.
    const SourceTable& table(std::string_view headerPrefix) const;

    const std::vector<SourceTable>& tables() const { return tables_; }
    // Every non-empty line outside the tables, in reading order.
    const std::vector<SourceLine>& proseLines() const { return prose_; }

private:
    std::vector<SourceTable> tables_;
    std::vector<SourceLine> prose_;
};

// The copy of the reference text in tests/fixtures/reference/.
std::string referencePath();

// White space (including no-break spaces) trimmed from both ends.
std::string trim(std::string_view text);

// "a / b" split at '/' -> {"a", "b"}, each part trimmed.
std::vector<std::string> splitTrimmed(std::string_view text, char delimiter);

// "Indonesia (Jakarta)" -> {"Indonesia", "Jakarta"}; "Singapore" -> {"Singapore", ""}.
// Only a parenthesis that ends the text counts.
struct Qualified {
    std::string name;
    std::string qualifier;
};
Qualified splitTrailingParenthesis(std::string_view text);

// The parts of `text` that fill the "{}" holes of `pattern`, when the whole text matches it:
// matchPattern("In 2024, 11 ...", "In {}, {} ...") -> {"2024", "11"}. A hole takes the shortest
// non-empty text up to the literal that follows it (the last hole, up to the end of the pattern).
std::optional<std::vector<std::string>> matchPattern(std::string_view text, std::string_view pattern);

// The year of the first "FY2024" in `text`; nullopt when there is none.
std::optional<int> fiscalYearIn(std::string_view text);

// The source's country cell as the store keeps it: its alias resolved to the canonical name.
// Only the aliases the source really uses are listed: the test then proves the mapping happened.
std::string canonicalCountry(const std::string& sourceName);

// "-" and "—" mean none: stored as NULL. Anything else is the number as written.
bool isNone(const std::string& cell);

}  // namespace brochure::testdata
