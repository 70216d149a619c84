#pragma once
// Minimal UTF-8 decoding for the typesetter: one code point at a time, U+FFFD for bad bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace brochure::typeset {

// Decodes the code point at text[pos]; sets `length` to the bytes it takes (at least 1).
inline char32_t decodeUtf8(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t need = 0;
    char32_t cp = 0;
    if (lead < 0x80) { length = 1; return lead; }
    if ((lead & 0xE0) == 0xC0) { need = 1; cp = lead & 0x1F; }
    else if ((lead & 0xF0) == 0xE0) { need = 2; cp = lead & 0x0F; }
    else if ((lead & 0xF8) == 0xF0) { need = 3; cp = lead & 0x07; }
    else { length = 1; return 0xFFFD; }
    if (pos + need >= text.size()) { length = 1; return 0xFFFD; }
    for (std::size_t i = 1; i <= need; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) { length = 1; return 0xFFFD; }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    length = need + 1;
    return cp;
}

// The UTF-8 bytes of a code point (at most U+10FFFF).
inline std::string encodeUtf8(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// Marks that attach to the previous character: never break a word before one.
inline bool isCombiningMark(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x3099 || cp == 0x309A || cp == 0x200D ||
           (cp >= 0xFE00 && cp <= 0xFE0F);
}

// Invisible format characters a font need not have; dropping them loses nothing visible.
inline bool isIgnorable(char32_t cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == '\r';
}

// UAX #14 class CJ (small kana, the prolonged sound mark): Japanese typesetting (strict
// kinsoku) never starts a line with one; libunibreak resolves CJ to ID and would allow it.
inline bool isConditionalJapaneseStarter(char32_t cp) {
    switch (cp) {
        case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: case 0x3063: case 0x3083:
        case 0x3085: case 0x3087: case 0x308E: case 0x3095: case 0x3096: case 0x30A1: case 0x30A3:
        case 0x30A5: case 0x30A7: case 0x30A9: case 0x30C3: case 0x30E3: case 0x30E5: case 0x30E7:
        case 0x30EE: case 0x30F5: case 0x30F6: case 0x30FC: case 0xFF70:
            return true;
        default:
            return (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF67 && cp <= 0xFF6F);
    }
}

inline bool isCjk(char32_t cp) {
    return (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

}  // namespace brochure::typeset
