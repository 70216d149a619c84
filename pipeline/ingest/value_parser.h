#pragma once
// Turns the text of one value, as written in an export, into the typed cell the store keeps,
// or says precisely what is wrong with it.

#include "ingest/catalog.h"
#include "ingest/dataset.h"

#include <optional>
#include <string>
#include <string_view>

namespace brochure::ingest {

struct ValueProblem {
    std::string code;  // D2xx
    std::string message;
    std::string hint;
};

struct ParsedValue {
    Cell cell;
    std::optional<ValueProblem> problem;  // set when the text is not a valid value of the type
};

// `text` has been through normalizeSpace and is not empty (a missing value is the reader's D200).
ParsedValue parseValue(const Column& column, std::string_view text, const Catalog& catalog);

// A cell as a person would write it (a month as its name), for messages.
std::string displayValue(const Cell& cell, const Column& column);

// The pieces, for the readers of stated totals and for tests.
std::optional<std::int64_t> parseWholeNumber(std::string_view text);    // "-3", "14"
bool isNoneMark(std::string_view text);                                  // "-" or "—"
std::optional<int> parseFiscalYear(std::string_view text);               // "2024", "FY2024"
std::optional<YearRange> parsePeriod(std::string_view text);             // "'95-'21", "2019"
std::optional<int> parseMonth(std::string_view text);                    // "August", "Aug" -> 8

}  // namespace brochure::ingest
