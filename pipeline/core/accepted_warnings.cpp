#include "core/accepted_warnings.h"

#include <cctype>

namespace brochure {

namespace {

std::vector<AcceptedWarning> current;

// Whether `place` names `path` or a folder of it, as whole path components from the end or
// anywhere inside: "data/2025/x.xml" and "data/images" match "/work/p/data/images/a.jpg" too.
bool names(const std::string& place, const std::string& path) {
    for (std::size_t at = path.find(place); at != std::string::npos; at = path.find(place, at + 1)) {
        const std::size_t end = at + place.size();
        if ((at == 0 || path[at - 1] == '/') && (end == path.size() || path[end] == '/')) return true;
    }
    return false;
}

}  // namespace

std::optional<AcceptedWarning> parseAcceptedWarning(std::string_view text) {
    AcceptedWarning accepted;
    accepted.text = std::string(text);
    auto at = text.find('@');
    accepted.code = std::string(text.substr(0, at));
    // A code is a letter and three digits (D300, R210), as every diagnostic's is.
    if (accepted.code.size() != 4 || !std::isupper(static_cast<unsigned char>(accepted.code[0]))) return std::nullopt;
    for (std::size_t i = 1; i < 4; ++i)
        if (!std::isdigit(static_cast<unsigned char>(accepted.code[i]))) return std::nullopt;
    if (at == std::string_view::npos) return accepted;
    std::string_view place = text.substr(at + 1);
    auto colon = place.rfind(':');
    if (colon != std::string_view::npos && colon + 1 < place.size()) {
        std::string_view digits = place.substr(colon + 1);
        bool number = digits.size() <= 9;
        for (char c : digits) number = number && std::isdigit(static_cast<unsigned char>(c));
        if (number) {
            accepted.line = std::stoi(std::string(digits));
            place = place.substr(0, colon);
        }
    }
    if (place.empty()) return std::nullopt;
    accepted.file = std::string(place);
    return accepted;
}

void setAcceptedWarnings(std::vector<AcceptedWarning> accepted) { current = std::move(accepted); }

const AcceptedWarning* acceptedBy(const Diagnostic& warning) {
    if (warning.severity != Severity::warning) return nullptr;
    for (const auto& accepted : current) {
        if (accepted.code != warning.code) continue;
        if (!accepted.file.empty() && !names(accepted.file, warning.file)) continue;
        if (accepted.line != 0 && accepted.line != warning.line) continue;
        return &accepted;
    }
    return nullptr;
}

}  // namespace brochure
