#include "typeset/inline_layout.h"

#include <algorithm>

#include "typeset/utf8.h"

// Line layout: measured pieces -> lines (first-fit), then positioned runs, underlines, links.
namespace brochure::typeset {
namespace {

constexpr double kEpsilon = 1e-6;

// Pieces wider than `limit` (a word longer than the line) become one piece per character
// cluster, each a last-resort break opportunity (`anywhere`).
void splitWidePieces(Context& context, InlineText& text, double limit) {
    bool any = false;
    for (const Piece& p : text.pieces) any = any || (!p.space && p.width > limit + kEpsilon);
    if (!any) return;
    std::vector<Piece> out;
    out.reserve(text.pieces.size() + 16);
    for (const Piece& p : text.pieces) {
        if (p.space || p.width <= limit + kEpsilon) {
            out.push_back(p);
            continue;
        }
        std::size_t pos = p.begin;
        while (pos < p.end) {
            std::size_t length = 0;
            decodeUtf8(text.text, pos, length);
            std::size_t clusterEnd = pos + length;
            while (clusterEnd < p.end) {
                std::size_t next = 0;
                if (!isCombiningMark(decodeUtf8(text.text, clusterEnd, next))) break;
                clusterEnd += next;
            }
            Piece piece = p;
            piece.begin = static_cast<std::uint32_t>(pos);
            piece.end = static_cast<std::uint32_t>(clusterEnd);
            measurePiece(context, text, piece);
            piece.breakAfter = clusterEnd < p.end ? BreakAfter::anywhere : p.breakAfter;
            out.push_back(piece);
            pos = clusterEnd;
        }
    }
    text.pieces = std::move(out);
}

std::vector<LinePlan> findBreaks(const InlineText& text, const std::vector<double>& prefix,
                                 const LineSettings& settings) {
    std::vector<LinePlan> lines;
    const std::vector<Piece>& pieces = text.pieces;
    const std::size_t n = pieces.size();
    std::size_t s = 0;
    bool afterHardBreak = true;
    while (s < n) {
        if (!afterHardBreak)
            while (s < n && pieces[s].space && !pieces[s].newline) ++s;
        if (s >= n) break;
        const double avail = settings.width - settings.leftIndent -
                             (lines.empty() ? settings.firstLineIndent : 0.0);
        // As browsers break with overflow-wrap: anywhere: a word too wide for any line starts
        // on a line of its own and breaks inside only where the line has no other opportunity,
        // so its pieces never share a line with the end of the word before it.
        std::size_t lastBreak = n, lastInsideWord = n;  // none yet
        std::size_t e = n;
        bool hard = true;
        for (std::size_t i = s; i < n; ++i) {
            if (!pieces[i].space && i > s && prefix[i + 1] - prefix[s] > avail + kEpsilon) {
                e = lastBreak != n ? lastBreak + 1 : lastInsideWord != n ? lastInsideWord + 1 : i;
                hard = false;
                break;
            }
            if (pieces[i].breakAfter == BreakAfter::mandatory && i + 1 < n) {
                e = i + 1;
                break;
            }
            if (pieces[i].breakAfter == BreakAfter::allowed) lastBreak = i;
            if (pieces[i].breakAfter == BreakAfter::anywhere) lastInsideWord = i;
        }
        lines.push_back({static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e), hard, 0, 0});
        afterHardBreak = hard;
        s = e;
    }
    return lines;
}

class LineBuilder {
public:
    LineBuilder(Context& context, const InlineText& text, const LinePlan& line, double dx, double dy,
                std::vector<frame::Item>& out)
        : context_(context), text_(text), line_(line), dx_(dx), dy_(dy), out_(out) {}

    void add(const Piece& piece, double x, double width, bool breakRun) {
        const content::Span& span = *text_.spans[piece.span];
        if (piece.space && breakRun) {
            flushRun();
        } else {
            if (runOpen_ && (piece.span != runSpan_ || piece.face != runFace_)) flushRun();
            if (!runOpen_ && !piece.space) {
                runOpen_ = true;
                runSpan_ = piece.span;
                runFace_ = piece.face;
                runX_ = x;
                runText_.clear();
                runKerning_.clear();
            }
            if (runOpen_) {
                if (piece.kerning)
                    for (const FontBook::KernPair& k : *piece.kerning)
                        runKerning_.push_back({static_cast<std::uint32_t>(runText_.size() + k.offset),
                                               k.dx * text_.styles[piece.span]->size});
                runText_.append(text_.text, piece.begin, piece.end - piece.begin);
                if (!piece.space) runEnd_ = x + width;  // trailing spaces are not part of the run
            }
        }
        if (span.link != linkUri_) {
            flushLink();
            linkUri_ = span.link;
            linkX_ = x;
        }
        linkEnd_ = x + width;
    }

    void finish() {
        flushRun();
        flushLink();
    }

private:
    void flushRun() {
        if (!runOpen_) return;
        runOpen_ = false;
        // Trailing spaces inside a run are not part of its visible width.
        while (!runText_.empty() && runText_.back() == ' ') runText_.pop_back();
        while (!runKerning_.empty() && runKerning_.back().offset >= runText_.size()) runKerning_.pop_back();
        if (runText_.empty()) return;
        const content::TextStyle& style = *text_.styles[runSpan_];
        frame::TextRun run;
        run.x = runX_ + dx_;
        run.baseline = line_.baseline + dy_;
        run.font = context_.docFont(runFace_);
        run.size = style.size;
        run.color = toFrame(style.color);
        run.text = runText_;
        run.kerning = runKerning_;
        run.width = runEnd_ - runX_;  // the measured pieces, exactly as they were placed
        const bool underline = style.underline;
        frame::Line rule;
        if (underline) {
            const FaceInfo& info = context_.fonts.face(runFace_);
            const double y = run.baseline + info.underlinePosition * style.size;
            rule = frame::Line{run.x, y, run.x + run.width, y, info.underlineThickness * style.size, run.color};
        }
        out_.emplace_back(std::move(run));
        if (underline) out_.emplace_back(rule);
    }

    void flushLink() {
        if (linkUri_.empty()) return;
        frame::Link link;
        link.x = linkX_ + dx_;
        link.y = dy_;
        link.width = linkEnd_ - linkX_;
        link.height = line_.height;
        if (linkUri_.front() == '#') link.destination = linkUri_.substr(1);
        else link.uri = linkUri_;
        out_.emplace_back(std::move(link));
        linkUri_.clear();
    }

    Context& context_;
    const InlineText& text_;
    const LinePlan& line_;
    double dx_, dy_;
    std::vector<frame::Item>& out_;
    bool runOpen_ = false;
    std::uint32_t runSpan_ = 0;
    int runFace_ = -1;
    double runX_ = 0, runEnd_ = 0;
    std::string runText_;
    std::vector<frame::Kern> runKerning_;
    std::string linkUri_;
    double linkX_ = 0, linkEnd_ = 0;
};

}  // namespace

std::vector<LinePlan> planLines(Context& context, InlineText& text, const LineSettings& settings) {
    if (text.pieces.empty()) return {};
    splitWidePieces(context, text,
                    settings.width - settings.leftIndent - std::max(0.0, settings.firstLineIndent));
    const std::vector<Piece>& pieces = text.pieces;
    thread_local std::vector<double> prefix;  // reused across calls: no allocation per cell
    prefix.assign(pieces.size() + 1, 0.0);
    for (std::size_t i = 0; i < pieces.size(); ++i) prefix[i + 1] = prefix[i] + pieces[i].width;
    std::vector<LinePlan> plans = findBreaks(text, prefix, settings);
    for (LinePlan& plan : plans) {
        // The tallest piece sets the line height; the baseline sits where the largest face's
        // ascender needs it, with the leading split above and below.
        const std::size_t end = std::max<std::size_t>(plan.end, plan.begin + 1);
        for (std::size_t i = plan.begin; i < end; ++i)
            plan.height = std::max(plan.height, text.styles[pieces[i].span]->size * settings.lineHeight);
        for (std::size_t i = plan.begin; i < end; ++i) {
            const double size = text.styles[pieces[i].span]->size;
            const FaceInfo& info = context.fonts.face(pieces[i].face);
            plan.baseline = std::max(plan.baseline, (plan.height - (info.ascender + info.descender) * size) / 2 +
                                                        info.ascender * size);
        }
    }
    return plans;
}

void emitLine(Context& context, const InlineText& text, const LineSettings& settings, const LinePlan& plan,
              bool firstLine, double dx, double dy, std::vector<frame::Item>& out) {
    const std::vector<Piece>& pieces = text.pieces;
    std::size_t end = plan.end;
    while (end > plan.begin && pieces[end - 1].space) --end;  // trailing spaces hang
    const double indent = settings.leftIndent + (firstLine ? settings.firstLineIndent : 0.0);
    const double avail = settings.width - indent;
    double natural = 0;
    std::size_t spaces = 0;
    for (std::size_t i = plan.begin; i < end; ++i) {
        natural += pieces[i].width;
        spaces += pieces[i].space && !pieces[i].newline;
    }
    double x = indent;
    double extraPerSpace = 0;
    const bool justify = settings.align == content::Align::justify && !plan.endsHard && spaces > 0;
    if (justify) extraPerSpace = std::max(0.0, avail - natural) / static_cast<double>(spaces);
    else if (settings.align == content::Align::right) x += avail - natural;
    else if (settings.align == content::Align::center) x += (avail - natural) / 2;

    LineBuilder builder(context, text, plan, dx, dy, out);
    for (std::size_t i = plan.begin; i < end; ++i) {
        const Piece& p = pieces[i];
        if (p.newline) continue;
        const double width = p.width + (p.space ? extraPerSpace : 0.0);
        builder.add(p, x, width, justify);
        x += width;
    }
    builder.finish();
}

std::vector<LineBox> breakLines(Context& context, InlineText& text, const LineSettings& settings) {
    const std::vector<LinePlan> plans = planLines(context, text, settings);
    std::vector<LineBox> boxes(plans.size());
    for (std::size_t i = 0; i < plans.size(); ++i) {
        boxes[i].height = plans[i].height;
        boxes[i].baseline = plans[i].baseline;
        emitLine(context, text, settings, plans[i], i == 0, 0, 0, boxes[i].items);
    }
    return boxes;
}

}  // namespace brochure::typeset
