#include "layoutdef/values.h"

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace brochure::layoutdef {

namespace {

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

std::optional<double> parseNumber(const std::string& text) {
    std::string t = trim(text);
    if (t.empty()) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec != std::errc{} || end != t.data() + t.size()) return std::nullopt;
    return value;
}

std::optional<long long> parseInteger(const std::string& text) {
    std::string t = trim(text);
    long long value = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || ec != std::errc{} || end != t.data() + t.size()) return std::nullopt;
    return value;
}

std::optional<double> parseLength(const std::string& text) {
    std::string t = trim(text);
    struct Unit {
        const char* suffix;
        double points;
    };
    static const Unit units[] = {{"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0}};
    double factor = 1.0;
    for (const auto& u : units) {
        std::string suffix = u.suffix;
        if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
            t = trim(t.substr(0, t.size() - suffix.size()));
            factor = u.points;
            break;
        }
    }
    auto number = parseNumber(t);
    if (!number || *number < 0) return std::nullopt;
    return *number * factor;
}

namespace {

std::optional<content::Color> parseHexColor(const std::string& t) {
    if (t.size() != 4 && t.size() != 7) return std::nullopt;
    if (t[0] != '#') return std::nullopt;
    for (std::size_t i = 1; i < t.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
    auto channel = [&](int index) {
        unsigned value = 0;
        if (t.size() == 4) {
            value = static_cast<unsigned>(std::strtoul(t.substr(1 + index, 1).c_str(), nullptr, 16)) * 17;
        } else {
            value = static_cast<unsigned>(std::strtoul(t.substr(1 + 2 * index, 2).c_str(), nullptr, 16));
        }
        return value / 255.0;
    };
    return content::Color{channel(0), channel(1), channel(2)};
}

// "cmyk(100 60 0 40)", "cmyk(100%, 60%, 0%, 40%)": four ink percentages 0..100.
std::optional<content::Cmyk> parseCmyk(const std::string& t) {
    if (t.size() < 6 || t.compare(0, 5, "cmyk(") != 0 || t.back() != ')') return std::nullopt;
    std::string inside = t.substr(5, t.size() - 6);
    for (char& c : inside)
        if (c == ',') c = ' ';
    std::vector<std::string> parts = words(inside);
    if (parts.size() != 4) return std::nullopt;
    float inks[4];
    for (std::size_t i = 0; i < 4; ++i) {
        std::string part = parts[i];
        if (part.size() > 1 && part.back() == '%') part.pop_back();
        auto value = parseNumber(part);
        if (!value || *value < 0 || *value > 100) return std::nullopt;
        inks[i] = static_cast<float>(*value / 100.0);
    }
    return content::Cmyk{inks[0], inks[1], inks[2], inks[3]};
}

}  // namespace

std::optional<content::Color> parseColor(const std::string& text) {
    std::string t = trim(text);
    std::size_t cmykAt = t.find("cmyk(");
    if (cmykAt == std::string::npos) return parseHexColor(t);
    auto cmyk = parseCmyk(t.substr(cmykAt));
    if (!cmyk) return std::nullopt;
    if (cmykAt > 0) {  // "#1f4e79 cmyk(...)": the screen's RGB and the print edition's inks
        auto color = parseHexColor(trim(t.substr(0, cmykAt)));
        if (!color) return std::nullopt;
        color->cmyk = cmyk;
        return color;
    }
    // CMYK alone: the screen edition shows the simple inverse of docs/print.md's formula.
    return content::Color{(1.0 - cmyk->c) * (1.0 - cmyk->k), (1.0 - cmyk->m) * (1.0 - cmyk->k),
                          (1.0 - cmyk->y) * (1.0 - cmyk->k), cmyk};
}

std::optional<bool> parseBool(const std::string& text) {
    std::string t = trim(text);
    if (t == "yes" || t == "true") return true;
    if (t == "no" || t == "false") return false;
    return std::nullopt;
}

std::optional<Width> parseWidth(const std::string& text) {
    std::string t = trim(text);
    if (!t.empty() && t.back() == '%') {
        auto number = parseNumber(t.substr(0, t.size() - 1));
        if (!number || *number <= 0 || *number > 100) return std::nullopt;
        return Width{true, *number};
    }
    auto length = parseLength(t);
    if (!length) return std::nullopt;
    return Width{false, *length};
}

std::optional<Margins> parseMargins(const std::string& text) {
    std::vector<double> values;
    for (const auto& w : words(text)) {
        auto length = parseLength(w);
        if (!length) return std::nullopt;
        values.push_back(*length);
    }
    switch (values.size()) {
    case 1: return Margins{values[0], values[0], values[0], values[0]};
    case 2: return Margins{values[0], values[1], values[0], values[1]};
    case 3: return Margins{values[0], values[1], values[2], values[1]};
    case 4: return Margins{values[0], values[1], values[2], values[3]};
    default: return std::nullopt;
    }
}

std::optional<PageSize> parsePageSize(const std::string& text) {
    std::string t = trim(text);
    if (t == "A4") return PageSize{595.276, 841.89};
    if (t == "A5") return PageSize{419.528, 595.276};
    if (t == "Letter") return PageSize{612, 792};
    auto parts = words(t);
    if (parts.size() != 2) return std::nullopt;
    auto w = parseLength(parts[0]);
    auto h = parseLength(parts[1]);
    if (!w || !h || *w <= 0 || *h <= 0) return std::nullopt;
    return PageSize{*w, *h};
}

std::optional<content::Align> parseAlign(const std::string& text) {
    std::string t = trim(text);
    if (t == "left") return content::Align::left;
    if (t == "right") return content::Align::right;
    if (t == "center") return content::Align::center;
    if (t == "justify") return content::Align::justify;
    return std::nullopt;
}

std::vector<std::string> parseFamilies(const std::string& text) {
    std::vector<std::string> families;
    std::stringstream list(text);
    for (std::string family; std::getline(list, family, ',');) {
        auto b = family.find_first_not_of(' ');
        auto e = family.find_last_not_of(' ');
        if (b != std::string::npos) families.push_back(family.substr(b, e - b + 1));
    }
    return families;
}

}  // namespace brochure::layoutdef
