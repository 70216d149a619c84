#include "core/xml_checks.h"

#include <cctype>
#include <cstdio>

#include "core/limits.h"

namespace brochure {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Length of the well-formed UTF-8 sequence at bytes[pos] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), 0 when it is not one.
std::size_t utf8Length(std::string_view bytes, std::size_t pos) {
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    unsigned char lead = at(pos);
    if (lead < 0x80) return 1;
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;       // overlong
        if (lead == 0xED) high = 0x9F;      // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;       // overlong
        if (lead == 0xF4) high = 0x8F;      // above U+10FFFF
    } else return 0;
    if (pos + length > bytes.size()) return 0;
    if (at(pos + 1) < low || at(pos + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if ((at(pos + i) & 0xC0) != 0x80) return 0;
    return length;
}

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
    for (std::size_t pos = 0; pos < bytes.size();) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {  // ASCII: the common case
            ++pos;
            continue;
        }
        std::size_t length = utf8Length(bytes, pos);
        if (length == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[pos]));
            report(diagnostics, codes.encoding, file, lines.at(static_cast<std::ptrdiff_t>(pos)),
                   std::string("the file is not valid UTF-8: byte ") + byte + " cannot start or continue a character here",
                   std::string(saveAsUtf8) + " (it may be Latin-1 or Windows-1252)");
            return false;
        }
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
