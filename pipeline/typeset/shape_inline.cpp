#include "typeset/inline_layout.h"

#include <linebreak.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <mutex>
#include <set>

#include "typeset/utf8.h"

// Shaping: spans -> measured pieces between Unicode line-break opportunities.
namespace brochure::typeset {
namespace {

void initLinebreakOnce() {
    static std::once_flag once;
    std::call_once(once, [] { init_linebreak(); });
}

std::string codepointName(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

bool isSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n'; }

// The face for a character: the first of the chain with a glyph; spaces stay in the previous
// face when it has one, so a run is not cut at every space.
int faceFor(FontBook& fonts, const std::vector<int>& chain, char32_t cp, int previous) {
    if (isSpace(cp)) {
        if (previous >= 0 && fonts.hasGlyph(previous, ' ')) return previous;
        for (int face : chain)
            if (fonts.hasGlyph(face, ' ')) return face;
        return chain.empty() ? -1 : chain.front();
    }
    for (int face : chain)
        if (fonts.hasGlyph(face, cp)) return face;
    return -1;
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

// libunibreak aborts the process (an assert) on a multi-byte sequence cut short by the end of
// the text, and reads other invalid sequences differently from decodeUtf8. It is given the text
// with every byte decodeUtf8 cannot read replaced by '?': same length, so the break array still
// lines up byte for byte with the text the pieces are cut from. Valid text is passed as it is.
std::string_view readableByLinebreak(std::string_view text, std::string& scratch) {
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        std::size_t length = 0;
        const char32_t cp = decodeUtf8(text, pos, length);
        if ((cp == 0xFFFD && length == 1) || cp > 0x10FFFF) {
            if (scratch.empty()) scratch.assign(text);
            std::fill_n(scratch.begin() + static_cast<std::ptrdiff_t>(pos), length, '?');
        }
        pos += length;
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

void measurePiece(Context& context, const InlineText& text, Piece& piece) {
    const FontBook::Measurement& m =
        context.fonts.measureText(piece.face, std::string_view(text.text).substr(piece.begin, piece.end - piece.begin));
    piece.width = m.width * text.styles[piece.span]->size;
    piece.kerning = m.kerning.empty() ? nullptr : &m.kerning;
}

double InlineText::minContentWidth() const {
    double widest = 0, current = 0;
    for (const Piece& p : pieces) {
        if (!p.space) current += p.width;
        if (p.breakAfter != BreakAfter::none) {
            widest = std::max(widest, current);
            current = 0;
        }
    }
    return std::max(widest, current);
}

double InlineText::maxContentWidth() const {
    double widest = 0, current = 0, pendingSpace = 0;
    for (const Piece& p : pieces) {
        if (p.space) {
            pendingSpace += p.width;
        } else {
            current += pendingSpace + p.width;
            pendingSpace = 0;
        }
        if (p.breakAfter == BreakAfter::mandatory) {
            widest = std::max(widest, current);
            current = pendingSpace = 0;
        }
    }
    return std::max(widest, current);
}

InlineText shapeInline(Context& context, const std::vector<content::Span>& spans, std::string_view where,
                       const content::TextStyle* baseStyle) {
    static const content::TextStyle kDefault{};
    initLinebreakOnce();
    InlineText out;
    std::size_t total = 0;
    for (const content::Span& span : spans) total += span.text.size();
    out.text.reserve(total);
    out.spans.reserve(spans.size());
    bool cjk = false;
    for (const content::Span& span : spans) {
        out.text += span.text;
        out.spans.push_back(&span);
        out.styles.push_back(baseStyle && span.style == kDefault ? baseStyle : &span.style);
    }
    if (out.text.empty()) return out;
    for (unsigned char c : out.text) cjk = cjk || c >= 0xE3;  // U+3000 and above start with E3..EF
    thread_local std::vector<char> breaks;  // reused: one allocation per thread, not per cell
    breaks.resize(out.text.size());
    if (!simpleBreaks(out.text, breaks)) {
        std::string scratch;
        const std::string_view readable = readableByLinebreak(out.text, scratch);
        set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(readable.data()), readable.size(),
                            cjk ? "ja" : "en", breaks.data());
    }

    if (cjk) applyStrictKinsoku(out.text, breaks);

    std::set<char32_t> missing;
    std::size_t base = 0;
    out.pieces.reserve(out.text.size() / 4 + 2);
    for (std::uint32_t s = 0; s < spans.size(); ++s) {
        const content::Span& span = spans[s];
        const std::vector<int>& chain = context.fonts.fallbackChain(*out.styles[s], context.diagnostics);
        int previousFace = -1;
        for (std::size_t pos = 0; pos < span.text.size();) {
            std::size_t length = 0;
            const char32_t cp = decodeUtf8(span.text, pos, length);
            const std::size_t at = base + pos;
            const BreakAfter brk = toBreak(breaks[at + length - 1]);
            pos += length;
            const bool space = isSpace(cp);
            const int face = isIgnorable(cp) ? -1 : faceFor(context.fonts, chain, cp, previousFace);
            if (face < 0) {
                if (!isIgnorable(cp) && !chain.empty()) missing.insert(cp);
                if (!out.pieces.empty() && brk != BreakAfter::none && out.pieces.back().end == at)
                    out.pieces.back().breakAfter = brk;
                continue;
            }
            previousFace = face;
            Piece* current = out.pieces.empty() ? nullptr : &out.pieces.back();
            const bool extend = current && current->span == s && current->face == face &&
                                current->space == space && !current->newline && cp != '\n' &&
                                current->breakAfter == BreakAfter::none && current->end == at;
            if (!extend) {
                Piece piece;
                piece.begin = static_cast<std::uint32_t>(at);
                piece.span = s;
                piece.face = face;
                piece.space = space;
                piece.newline = cp == '\n';
                out.pieces.push_back(piece);
                current = &out.pieces.back();
            }
            current->end = static_cast<std::uint32_t>(at + length);
            current->breakAfter = brk;
        }
        base += span.text.size();
    }
    for (char32_t cp : missing)
        context.warn("T101", std::string(where) + ": no font has the character " + codepointName(cp) +
                                 "; it is left out",
                     "add a font with this character to the style's family list");
    const std::string_view all(out.text);
    for (Piece& p : out.pieces) {
        if (p.newline) continue;
        measurePiece(context, out, p);
    }
    return out;
}

double emptyLineHeight(const content::TextStyle& style, double lineHeight) {
    return style.size * lineHeight;
}

}  // namespace brochure::typeset
