#include "core/xml_checks.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <utility>

#include "core/limits.h"
#include "core/printable_text.h"

namespace brochure {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The value of encoding="..." in the XML declaration, "" when there is none.
std::string declaredEncoding(std::string_view bytes) {
    if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (!startsWith(bytes, "<?xml")) return {};
    std::string_view declaration = bytes.substr(0, bytes.find("?>"));
    auto at = declaration.find("encoding");
    if (at == std::string_view::npos) return {};
    std::size_t i = at + 8;
    while (i < declaration.size() && (declaration[i] == ' ' || declaration[i] == '=' || declaration[i] == '\t')) ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\'')) return {};
    char quote = declaration[i++];
    auto end = declaration.find(quote, i);
    if (end == std::string_view::npos) return {};
    return std::string(declaration.substr(i, end - i));
}

// Where a <!DOCTYPE> starts in the prolog (before the root element), npos when there is none.
std::size_t doctypeOffset(std::string_view bytes) {
    std::size_t i = startsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size()) {
        char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
        } else if (bytes.compare(i, 4, "<!--") == 0) {
            auto end = bytes.find("-->", i + 4);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 3;
        } else if (bytes.compare(i, 2, "<?") == 0) {
            auto end = bytes.find("?>", i + 2);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 2;
        } else {
            return bytes.compare(i, 9, "<!DOCTYPE") == 0 ? i : std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// The code point of the numeric character reference at bytes[pos] ("&#65;", "&#x41;"), and its
// length; nullopt when there is none. Values too large to hold are clamped above U+10FFFF.
std::optional<std::pair<char32_t, std::size_t>> characterReference(std::string_view bytes, std::size_t pos) {
    if (bytes.compare(pos, 2, "&#") != 0) return std::nullopt;
    std::size_t i = pos + 2;
    const bool hexadecimal = i < bytes.size() && bytes[i] == 'x';
    if (hexadecimal) ++i;
    const std::size_t digitsStart = i;
    std::uint64_t value = 0;
    for (; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int digit = std::isdigit(c) ? c - '0' : hexadecimal && std::isxdigit(c) ? std::tolower(c) - 'a' + 10 : -1;
        if (digit < 0) break;
        value = std::min<std::uint64_t>(value * (hexadecimal ? 16 : 10) + static_cast<unsigned>(digit), 0x110000);
    }
    if (i == digitsStart || i >= bytes.size() || bytes[i] != ';') return std::nullopt;  // pugixml keeps it as text
    return std::pair{static_cast<char32_t>(value), i + 1 - pos};
}

bool isUtf8Name(std::string name) {
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name == "utf-8" || name == "utf8";
}

void report(Diagnostics& diagnostics, const char* code, const std::string& file, SourcePosition where,
            std::string message, std::string hint) {
    diagnostics.error(code, file, where.line, where.column, std::move(message), std::move(hint));
}

}  // namespace

bool checkXmlBytes(std::string_view bytes, const std::string& file, const LineIndex& lines,
                   const XmlCheckCodes& codes, Diagnostics& diagnostics) {
    const std::size_t maxBytes = limits().maxXmlBytes;
    if (bytes.size() > maxBytes) {
        report(diagnostics, codes.tooLarge, file, {},
               "the file is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                   std::to_string(maxBytes) + " bytes",
               "split it, or raise limits.xml-bytes in brochure.properties");
        return false;
    }
    const char* saveAsUtf8 = "save the file as UTF-8";
    if (startsWith(bytes, "\xFE\xFF") || startsWith(bytes, "\xFF\xFE") || startsWith(bytes, std::string_view("<\0", 2)) ||
        startsWith(bytes, std::string_view("\0<", 2))) {
        report(diagnostics, codes.encoding, file, {1, 1}, "the file is UTF-16; only UTF-8 is read", saveAsUtf8);
        return false;
    }
    std::string encoding = declaredEncoding(bytes);
    if (!encoding.empty() && !isUtf8Name(encoding)) {
        report(diagnostics, codes.encoding, file, lines.at(static_cast<std::ptrdiff_t>(bytes.find("encoding"))),
               "the file declares encoding \"" + encoding + "\"; only UTF-8 is read",
               std::string(saveAsUtf8) + " and declare encoding=\"UTF-8\"");
        return false;
    }
    if (auto doctype = doctypeOffset(bytes); doctype != std::string_view::npos) {
        report(diagnostics, codes.doctype, file, lines.at(static_cast<std::ptrdiff_t>(doctype)),
               "a document type declaration (<!DOCTYPE>) is not allowed: its entities are never expanded",
               "remove the <!DOCTYPE ...> and write the text itself");
        return false;
    }
    auto unprintable = [&](std::size_t pos, char32_t codePoint, const char* how) {
        report(diagnostics, codes.unprintable, file, lines.at(static_cast<std::ptrdiff_t>(pos)),
               describeUnprintable(codePoint) + how + " cannot be printed", kUnprintableHint);
        return false;
    };
    for (std::size_t pos = 0; pos < bytes.size();) {
        const auto byte = static_cast<unsigned char>(bytes[pos]);
        if (byte < 0x80) {  // ASCII: the common case
            if (byte == '&') {
                if (auto reference = characterReference(bytes, pos)) {
                    if (!isPrintableCodePoint(reference->first))
                        return unprintable(pos, reference->first, " (written as a character reference)");
                    pos += reference->second;
                    continue;
                }
            } else if (!isPrintableCodePoint(byte)) {
                return unprintable(pos, byte, "");
            }
            ++pos;
            continue;
        }
        char32_t codePoint = 0;
        const std::size_t length = decodeUtf8Sequence(bytes, pos, codePoint);
        if (length == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[pos]));
            report(diagnostics, codes.encoding, file, lines.at(static_cast<std::ptrdiff_t>(pos)),
                   std::string("the file is not valid UTF-8: byte ") + byte + " cannot start or continue a character here",
                   std::string(saveAsUtf8) + " (it may be Latin-1 or Windows-1252)");
            return false;
        }
        if (!isPrintableCodePoint(codePoint)) return unprintable(pos, codePoint, "");
        pos += length;
    }
    return true;
}

bool checkXmlDepth(const pugi::xml_document& document, const std::string& file, const LineIndex& lines,
                   const XmlCheckCodes& codes, Diagnostics& diagnostics) {
    const int maxDepth = limits().maxXmlDepth;
    // A depth-first walk with parent links: no recursion, so any depth is safe to measure.
    int depth = 0;
    pugi::xml_node node = document.first_child();
    while (node) {
        if (node.type() == pugi::node_element && depth + 1 > maxDepth) {
            SourcePosition where = lines.at(node.offset_debug() > 0 ? node.offset_debug() - 1 : 0);
            report(diagnostics, codes.tooDeep, file, where,
                   "elements are nested more than " + std::to_string(maxDepth) + " deep",
                   "a real export or layout nests a few levels; raise limits.xml-depth in brochure.properties if needed");
            return false;
        }
        if (node.first_child()) {
            node = node.first_child();
            ++depth;
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            --depth;
            if (node == document) return true;
        }
        if (node) node = node.next_sibling();
    }
    return true;
}

}  // namespace brochure
