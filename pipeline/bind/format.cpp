#include "bind/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace brochure::bind {

namespace {

std::string withThousands(long long number) {
    std::string digits = std::to_string(number < 0 ? -number : number);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return number < 0 ? "-" + out : out;
}

std::string decimals(double number, int places) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", places, number);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

}  // namespace

std::optional<double> numberOf(const Value& value) {
    if (auto i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
    if (auto d = std::get_if<double>(&value)) return *d;
    if (auto s = std::get_if<std::string>(&value)) {
        if (s->empty()) return std::nullopt;
        char* end = nullptr;
        double parsed = std::strtod(s->c_str(), &end);
        if (end && *end == '\0') return parsed;
    }
    return std::nullopt;
}

std::string formatValue(const Value& value, const std::string& format, const std::string& empty) {
    if (isNull(value)) return empty;
    if (format == "text" || format.empty()) return toText(value);
    auto number = numberOf(value);
    if (!number) return toText(value);
    if (format == "count" || format == "integer") {
        auto whole = static_cast<long long>(std::llround(*number));
        if (format == "count" && whole == 0 && !empty.empty()) return empty;
        return withThousands(whole);
    }
    if (format == "percent") {  // always one decimal, so a column of shares lines up: 18.0%
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.1f%%", *number);
        return buffer;
    }
    if (format == "month") {
        static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
        auto month = static_cast<long long>(*number);
        return month >= 1 && month <= 12 ? names[month - 1] : toText(value);
    }
    return decimals(*number, 2);
}

std::string expandFields(const std::string& text, const Fields& fields, std::vector<std::string>& unknown) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        std::size_t close = c == '{' ? text.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out += c;
            continue;
        }
        std::string inside = text.substr(i + 1, close - i - 1);
        std::string name = inside, format = "text";
        if (auto colon = inside.find(':'); colon != std::string::npos) {
            name = inside.substr(0, colon);
            format = inside.substr(colon + 1);
        }
        auto it = fields.find(name);
        if (it == fields.end()) {
            unknown.push_back(name);
            out += text.substr(i, close - i + 1);
        } else {
            out += formatValue(it->second, format);
        }
        i = close;
    }
    return out;
}

}  // namespace brochure::bind
