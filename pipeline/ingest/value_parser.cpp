#include "ingest/value_parser.h"

#include "core/spelling.h"
#include "ingest/typed_text.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace brochure::ingest {

namespace {

constexpr std::string_view emDash = "\xE2\x80\x94";  // —
constexpr std::string_view enDash = "\xE2\x80\x93";  // –

const std::array<std::string, 12> monthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view text, std::size_t count) {
    if (text.size() != count) return false;
    for (char c : text)
        if (!isDigit(c)) return false;
    return true;
}

// "'95" (two-digit year: 50-99 -> 19xx, 00-49 -> 20xx) or "1996"; the apostrophe may be typographic.
std::optional<int> parsePeriodYear(std::string_view text) {
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99"),
                                        std::string_view("\xE2\x80\x98")}) {
        if (text.starts_with(apostrophe)) {
            auto digits = text.substr(apostrophe.size());
            if (!allDigits(digits, 2)) return std::nullopt;
            int yy = (digits[0] - '0') * 10 + (digits[1] - '0');
            return yy >= 50 ? 1900 + yy : 2000 + yy;
        }
    }
    if (!allDigits(text, 4)) return std::nullopt;
    return std::stoi(std::string(text));
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

ValueProblem problem(std::string code, std::string message, std::string hint = {}) {
    return {std::move(code), std::move(message), std::move(hint)};
}

bool isHttpUrl(std::string_view text) {
    for (std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
        if (text.starts_with(scheme) && text.size() > scheme.size() && text[scheme.size()] != '/')
            return text.find(' ') == std::string_view::npos;
    }
    return false;
}

bool isEmail(std::string_view text) {
    auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
    auto domain = text.substr(at + 1);
    auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           text.find(' ') == std::string_view::npos;
}

std::vector<std::string> monthList() { return {monthNames.begin(), monthNames.end()}; }

}  // namespace

std::optional<std::int64_t> parseWholeNumber(std::string_view text) {
    if (text.starts_with('+')) text.remove_prefix(1);
    std::int64_t number = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return number;
}

bool isNoneMark(std::string_view text) { return text == "-" || text == emDash; }

std::optional<int> parseFiscalYear(std::string_view text) {
    if (text.size() > 2 && (text[0] == 'F' || text[0] == 'f') && (text[1] == 'Y' || text[1] == 'y'))
        text = trimmed(text.substr(2));
    if (!allDigits(text, 4)) return std::nullopt;
    return std::stoi(std::string(text));
}

std::optional<YearRange> parsePeriod(std::string_view text) {
    std::size_t dash = std::string_view::npos;
    std::size_t dashLength = 0;
    // The separating dash is the first one not at the start ("'95-'21", "1996–2018").
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] == '-') { dash = i; dashLength = 1; break; }
        if (text.substr(i).starts_with(enDash)) { dash = i; dashLength = enDash.size(); break; }
    }
    if (dash == std::string_view::npos) {
        auto year = parsePeriodYear(text);
        if (!year) return std::nullopt;
        return YearRange{*year, *year};
    }
    auto start = parsePeriodYear(trimmed(text.substr(0, dash)));
    auto end = parsePeriodYear(trimmed(text.substr(dash + dashLength)));
    if (!start || !end) return std::nullopt;
    return YearRange{*start, *end};
}

std::optional<int> parseMonth(std::string_view text) {
    std::string folded = lowerAscii(text);
    if (folded == "sept") return 9;
    for (std::size_t i = 0; i < monthNames.size(); ++i) {
        std::string name = lowerAscii(monthNames[i]);
        if (folded == name || folded == name.substr(0, 3)) return static_cast<int>(i + 1);
    }
    return std::nullopt;
}

std::string displayValue(const Cell& cell, const Column& column) {
    auto month = std::get_if<std::int64_t>(&cell.value);
    if (column.type == ColumnType::month && month && *month >= 1 && *month <= 12)
        return monthNames[static_cast<std::size_t>(*month - 1)];
    return toText(cell.value);
}

ParsedValue parseValue(const Column& column, std::string_view text, const Catalog& catalog) {
    ParsedValue parsed;
    Cell& cell = parsed.cell;
    const std::string name = "'" + column.name + "'";
    switch (column.type) {
        case ColumnType::text:
            cell.value = std::string(text);
            if (!column.allowed.empty() &&
                std::find(column.allowed.begin(), column.allowed.end(), text) == column.allowed.end())
                parsed.problem = problem("D210", name + " must be " + quotedList(column.allowed) + ", got " + quoted(text),
                                         didYouMeanHint(text, column.allowed));
            break;
        case ColumnType::integer:
            if (auto number = parseWholeNumber(text)) cell.value = *number;
            else parsed.problem = problem("D201", name + " must be a whole number, got " + quoted(text));
            break;
        case ColumnType::count:
            if (isNoneMark(text)) break;  // NULL: none
            if (auto number = parseWholeNumber(text); number && *number >= 0) cell.value = *number;
            else
                parsed.problem = problem("D202", name + " must be a whole number of at least 0, or '-' for none, got " +
                                                     quoted(text));
            break;
        case ColumnType::fiscalYear:
            if (auto year = parseFiscalYear(text)) cell.value = std::int64_t{*year};
            else parsed.problem = problem("D203", name + " must be a fiscal year such as 2024 or FY2024, got " + quoted(text));
            break;
        case ColumnType::period:
            if (auto range = parsePeriod(text); !range) {
                parsed.problem = problem("D204", name + " must be a year or a range of years, got " + quoted(text),
                                         "write it as '95-'21, 1996-2018, '22 or 2019");
            } else if (range->start > range->end) {
                parsed.problem = problem("D204", name + " ends before it starts: " + quoted(text) + " is " +
                                                     std::to_string(range->start) + " to " + std::to_string(range->end));
            } else {
                cell.value = std::string(text);
                cell.period = *range;
            }
            break;
        case ColumnType::month:
            if (auto month = parseMonth(text)) cell.value = std::int64_t{*month};
            else parsed.problem = problem("D205", name + " must be a month (January to December, or Jan to Dec), got " +
                                                      quoted(text), didYouMeanHint(text, monthList()));
            break;
        case ColumnType::country:
            if (const Country* country = catalog.country(text)) cell.value = country->name;
            else parsed.problem = problem("D206", "unknown country " + quoted(text) + " in " + name,
                                          didYouMeanHint(text, catalog.countrySpellings()));
            break;
        case ColumnType::countryList: {
            std::string joined;
            std::size_t start = 0;
            while (start <= text.size()) {
                std::size_t comma = std::min(text.find(',', start), text.size());
                auto item = trimmed(text.substr(start, comma - start));
                start = comma + 1;
                if (item.empty()) {
                    parsed.problem = problem("D207", name + " has an empty entry in " + quoted(text),
                                             "separate country names with single commas");
                    break;
                }
                const Country* country = catalog.country(item);
                if (!country) {
                    parsed.problem = problem("D206", "unknown country " + quoted(item) + " in " + name,
                                             didYouMeanHint(item, catalog.countrySpellings()));
                    break;
                }
                if (!joined.empty()) joined += ", ";
                joined += country->name;
            }
            cell.value = std::move(joined);
            break;
        }
        case ColumnType::url:
            cell.value = std::string(text);
            if (!isHttpUrl(text))
                parsed.problem = problem("D208", name + " must be an http:// or https:// address, got " + quoted(text));
            break;
        case ColumnType::email:
            cell.value = std::string(text);
            if (!isEmail(text))
                parsed.problem = problem("D209", name + " must be an e-mail address (name@domain), got " + quoted(text));
            break;
    }
    return parsed;
}

}  // namespace brochure::ingest
