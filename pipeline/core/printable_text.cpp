#include "core/printable_text.h"

#include <cstdio>

namespace brochure {

namespace {

std::string hex(char32_t codePoint) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(codePoint));
    return buffer;
}

bool isNoncharacter(char32_t cp) { return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE; }

}  // namespace

std::size_t decodeUtf8Sequence(std::string_view text, std::size_t pos, char32_t& cp) {
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = at(pos);
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // range of the second byte
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (pos + length > text.size() || at(pos + 1) < low || at(pos + 1) > high) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((at(pos + i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (at(pos + i) & 0x3F);
    }
    return length;
}

bool isPrintableCodePoint(char32_t cp) {
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    if (cp >= 0x7F && cp <= 0x9F) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    return cp <= 0x10FFFF && !isNoncharacter(cp);
}

std::string describeUnprintable(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return "the control character " + hex(cp);
    if (cp >= 0xD800 && cp <= 0xDFFF) return "the surrogate " + hex(cp) + ", which is not a character";
    if (cp > 0x10FFFF) return hex(cp) + ", above the last code point U+10FFFF";
    return "the noncharacter " + hex(cp);
}

std::optional<UnprintableText> findUnprintable(std::string_view text) {
    std::size_t characters = 0;
    for (std::size_t pos = 0; pos < text.size(); ++characters) {
        char32_t cp = 0;
        const std::size_t length = decodeUtf8Sequence(text, pos, cp);
        if (length == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[pos]));
            return UnprintableText{pos, characters, std::string("byte ") + byte + ", which is not UTF-8"};
        }
        if (!isPrintableCodePoint(cp)) return UnprintableText{pos, characters, describeUnprintable(cp)};
        pos += length;
    }
    return std::nullopt;
}

}  // namespace brochure
