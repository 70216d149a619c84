#include "typeset/line_breaks.h"

#include <linebreak.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>

#include "core/printable_text.h"
#include "typeset/utf8.h"

namespace brochure::typeset {
namespace {

void initLinebreakOnce() {
    static std::once_flag once;
    std::call_once(once, [] { init_linebreak(); });
}

// Text of ASCII letters, digits and spaces only (most table cells: names, numbers): UAX #14
// allows a break only after a run of spaces (LB18), never between letters and digits (LB23,
// LB25, LB28). Computed directly, this skips libunibreak's per-character class lookup, which
// dominated the cost of large tables. Returns false for any other text.
bool simpleBreaks(std::string_view text, std::vector<char>& breaks) {
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ') return false;
    bool started = false;  // spaces at the very start give no break opportunity (LB2)
    for (std::size_t i = 0; i < text.size(); ++i) {
        breaks[i] = i + 1 == text.size()                                ? LINEBREAK_MUSTBREAK
                    : started && text[i] == ' ' && text[i + 1] != ' '    ? LINEBREAK_ALLOWBREAK
                                                                        : LINEBREAK_NOBREAK;
        started = started || text[i] != ' ';
    }
    return true;
}

bool isRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// Debian's libunibreak (1.1) aborts the process (an assert in set_linebreaks) on
// - U+FFFF, which it uses as its end-of-text marker,
// - the regional indicators U+1F1E6..U+1F1FF (the letters of flag emoji), which it has no class for,
// - a multi-byte sequence cut short by the end of the text,
// and reads other invalid sequences differently from decodeUtf8. It is given the text with each
// such character replaced by a letter of class AL (alphabetic) of the same length, so the break
// array still lines up byte for byte with the text the pieces are cut from, and a flag (two
// regional indicators) is never split, as UAX #14 (LB30a) wants. Control characters and
// noncharacters are refused where text enters (core/printable_text.h); they are replaced here too,
// so nothing that slips through can stop the process. Bytes that are not UTF-8 become '?'.
// Clean text is passed as it is.
std::string_view readableByLinebreak(std::string_view text, std::string& scratch) {
    static constexpr std::string_view kLetterOfLength[] = {"", "?", "\xC3\x80", "\xE2\xB0\x80", "\xF0\x90\x8C\x80"};
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        char32_t cp = 0;
        const std::size_t length = decodeUtf8Sequence(text, pos, cp);
        if (length == 0 || (cp >= 0x80 && !isPrintableCodePoint(cp)) || isRegionalIndicator(cp)) {
            if (scratch.empty()) scratch.assign(text);
            const std::string_view letter = kLetterOfLength[std::max<std::size_t>(length, 1)];
            std::copy(letter.begin(), letter.end(), scratch.begin() + static_cast<std::ptrdiff_t>(pos));
        }
        pos += std::max<std::size_t>(length, 1);
    }
    return scratch.empty() ? text : std::string_view(scratch);
}

// No break before small kana and the prolonged sound mark (see isConditionalJapaneseStarter).
void applyStrictKinsoku(std::string_view text, std::vector<char>& breaks) {
    std::size_t previousEnd = 0;  // one past the previous character
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t length = 0;
        const char32_t cp = decodeUtf8(text, pos, length);
        if (pos > 0 && isConditionalJapaneseStarter(cp) && breaks[previousEnd - 1] == LINEBREAK_ALLOWBREAK)
            breaks[previousEnd - 1] = LINEBREAK_NOBREAK;
        pos += length;
        previousEnd = pos;
    }
}

BreakAfter toBreak(char value) {
    if (value == LINEBREAK_MUSTBREAK) return BreakAfter::mandatory;
    if (value == LINEBREAK_ALLOWBREAK) return BreakAfter::allowed;
    return BreakAfter::none;
}

}  // namespace

void findLineBreaks(std::string_view text, std::vector<BreakAfter>& breaks) {
    breaks.resize(text.size());
    if (text.empty()) return;
    initLinebreakOnce();
    thread_local std::vector<char> raw;  // reused: one allocation per thread, not per cell
    raw.resize(text.size());
    bool cjk = false;
    for (unsigned char c : text) cjk = cjk || c >= 0xE3;  // U+3000 and above start with E3..EF
    if (!simpleBreaks(text, raw)) {
        std::string scratch;
        const std::string_view readable = readableByLinebreak(text, scratch);
        set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(readable.data()), readable.size(), cjk ? "ja" : "en",
                            raw.data());
    }
    if (cjk) applyStrictKinsoku(text, raw);
    std::transform(raw.begin(), raw.end(), breaks.begin(), toBreak);
}

}  // namespace brochure::typeset
