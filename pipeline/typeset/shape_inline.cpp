#include "typeset/inline_layout.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "typeset/utf8.h"

// Shaping: spans -> measured pieces between Unicode line-break opportunities.
namespace brochure::typeset {
namespace {

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
    InlineText out;
    std::size_t total = 0;
    for (const content::Span& span : spans) total += span.text.size();
    out.text.reserve(total);
    out.spans.reserve(spans.size());
    for (const content::Span& span : spans) {
        out.text += span.text;
        out.spans.push_back(&span);
        out.styles.push_back(baseStyle && span.style == kDefault ? baseStyle : &span.style);
    }
    if (out.text.empty()) return out;
    thread_local std::vector<BreakAfter> breaks;  // reused: one allocation per thread, not per cell
    findLineBreaks(out.text, breaks);

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
            const BreakAfter brk = breaks[at + length - 1];
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
    for (char32_t cp : missing) {
        const std::string message =
            std::string(where) + ": no font has the character " + codepointName(cp) + "; it is left out";
        const char* hint = "add a font with this character to the style's family list";
        // At the export (or the layout line) the character was written in, when that can be told.
        if (auto place = context.placeOf ? context.placeOf(encodeUtf8(cp)) : std::nullopt)
            context.diagnostics.warning("T101", place->file, place->line, place->column, message, hint);
        else
            context.warn("T101", message, hint);
    }
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
