#include "conservation_oracle.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "bind/bind.h"
#include "frame_check.h"
#include "generated_store.h"
#include "layout_generator.h"
#include "layoutdef/reader.h"
#include "process.h"
#include "render/pdf_painter.h"
#include "typeset/typeset.h"

namespace brochure::conservation {

namespace {

template <typename T>
inline constexpr bool kUnknownBlock = false;

typeset::FontBook& fonts() {
    static typeset::FontBook book = [] {
        Diagnostics diagnostics;
        typeset::FontBook loaded(BROCHURE_SOURCE_DIR "/fonts", diagnostics);
        if (loaded.faceCount() == 0) {
            std::fprintf(stderr, "conservation: no font in %s/fonts\n", BROCHURE_SOURCE_DIR);
            std::abort();
        }
        return loaded;
    }();
    return book;
}

// The words of the bound content, by the outermost block they stand in.
class BoundWords {
public:
    explicit BoundWords(std::array<WordBag, 4>& bags) : bags_(bags) {}

    void blocks(const std::vector<content::Block>& blocks, int where) {
        for (const content::Block& b : blocks) block(b, where);
    }

private:
    // `where` < 0: a block at the top of a section, outside any table, chart or columns.
    WordBag& bag(int where) {
        return bags_[static_cast<std::size_t>(where < 0 ? static_cast<int>(Finding::wordsLostElsewhere) : where)];
    }

    void spans(const std::vector<content::Span>& spans, int where) {
        std::string text;  // spans meet inside words: "<b>bold</b>face" is one word
        for (const content::Span& span : spans) text += span.text;
        addWords(bag(where), text);
    }

    void block(const content::Block& b, int where) {
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, content::Heading>) {
                    spans(x.text.spans, where);
                } else if constexpr (std::is_same_v<T, content::Paragraph>) {
                    spans(x.spans, where);
                } else if constexpr (std::is_same_v<T, content::List>) {
                    for (const auto& item : x.items) spans(item.spans, where);
                } else if constexpr (std::is_same_v<T, content::Table>) {
                    const int in = where < 0 ? static_cast<int>(Finding::wordsLostInTables) : where;
                    addWords(bag(in), x.caption);
                    for (const auto& row : x.rows)
                        for (const auto& cell : row.cells) spans(cell.spans, in);
                } else if constexpr (std::is_same_v<T, content::Image>) {
                    spans(x.caption, where);
                } else if constexpr (std::is_same_v<T, content::QrCode>) {
                    spans(x.caption, where);
                } else if constexpr (std::is_same_v<T, content::BarChart>) {
                    const int in = where < 0 ? static_cast<int>(Finding::wordsLostInCharts) : where;
                    addWords(bag(in), x.title);
                    for (const auto& label : x.labels) addWords(bag(in), label);
                } else if constexpr (std::is_same_v<T, content::TableOfContents>) {
                    addWords(bag(where), x.title);
                } else if constexpr (std::is_same_v<T, content::PageBreak> || std::is_same_v<T, content::Spacer>) {
                } else if constexpr (std::is_same_v<T, content::Columns>) {
                    const int in = where < 0 ? static_cast<int>(Finding::wordsLostInColumns) : where;
                    for (const auto& column : x.columns) blocks(column, in);
                } else {
                    static_assert(kUnknownBlock<T>, "a new block type: say which of its texts must reach the page");
                }
            },
            b);
    }

    std::array<WordBag, 4>& bags_;
};

void collectBoundWords(const content::Document& content, std::array<WordBag, 4>& bags) {
    BoundWords words(bags);
    for (const content::Section& section : content.sections) words.blocks(section.blocks, -1);
}

// A clean refusal names the place in the layout: a typesetting (T) or layout (L) error, or the
// page limit (A404) reported at the block that passes it.
bool located(const Diagnostic& d) {
    static const std::regex code("[TL][0-9]{3}|A404");
    return std::regex_match(d.code, code) && d.file == kLayoutFile && d.line > 0 && d.column > 0;
}

std::string excerpt(const WordBag& words, std::size_t limit) {
    std::string out;
    std::size_t n = 0;
    for (const auto& [word, count] : words) {
        if (n++ == limit) return out + " ...";
        out += (out.empty() ? "'" : " '") + word + "'" + (count > 1 ? "x" + std::to_string(count) : "");
    }
    return out;
}

}  // namespace

const char* findingName(Finding finding) {
    switch (finding) {
        case Finding::wordsLostInTables: return "words lost in tables";
        case Finding::wordsLostInColumns: return "words lost in columns";
        case Finding::wordsLostInCharts: return "words lost in charts";
        case Finding::wordsLostElsewhere: return "words lost elsewhere";
        case Finding::itemOutsideFrame: return "items outside the frame";
        case Finding::unlocatedError: return "errors without a location";
        case Finding::crash: return "crashes (exceptions)";
    }
    return "?";
}

namespace {

// The stages as `brochure build` runs them for one document; stops at the first stage that
// reports an error, as the program does.
void runStages(const std::string& layoutXml, Diagnostics& diagnostics, DocumentRun& run) {
    auto layout = layoutdef::parseLayout(layoutXml, kLayoutFile, diagnostics);
    if (!layout || diagnostics.hasErrors()) return;
    const store::Store& store = generatedStore();
    auto jobs = bind::plan(*layout, store, {{":year", Value{std::int64_t{2025}}}}, diagnostics);
    if (diagnostics.hasErrors() || jobs.empty()) return;
    content::Document content = bind::bind(*layout, store, jobs.front().params, diagnostics);
    if (diagnostics.hasErrors()) return;
    collectBoundWords(content, run.expected);
    // What the frame check needs once the typesetter has consumed the content.
    content::Document frames;
    frames.metadata = content.metadata;
    frames.masters = content.masters;
    for (const content::Section& s : content.sections) frames.sections.push_back({s.title, s.master, false, {}});
    typeset::TypesetOptions options;
    options.source = kLayoutFile;
    frame::Document pages = typeset::typeset(std::move(content), fonts(), diagnostics, options);
    if (diagnostics.hasErrors()) return;
    for (std::string& problem : itemsOutsideFrame(frames, pages))
        run.problems.push_back({Finding::itemOutsideFrame, std::move(problem)});
    run.pages = static_cast<int>(pages.pages.size());
    run.pdf = render::renderPdf(pages, diagnostics);
    if (diagnostics.hasErrors()) run.pdf.reset();
}

}  // namespace

DocumentRun runDocument(const std::string& layoutXml) {
    DocumentRun run;
    Diagnostics diagnostics;
    try {
        runStages(layoutXml, diagnostics, run);
    } catch (const FatalError& fault) {
        diagnostics.report(fault.diagnostic);
    } catch (const std::exception& e) {
        run.problems.push_back({Finding::crash, e.what()});
    }
    for (const Diagnostic& d : diagnostics.all()) {
        if (d.severity != Severity::error) continue;
        run.errors.push_back(formatDiagnostic(d));
        if (!located(d)) run.problems.push_back({Finding::unlocatedError, formatDiagnostic(d)});
    }
    if (!run.pdf && run.errors.empty() && run.problems.empty())
        run.problems.push_back({Finding::crash, "no PDF and no error"});
    return run;
}

void checkWords(DocumentRun& run, const std::string& pdfText) {
    WordBag found, expected;
    addPdfWords(found, pdfText);
    for (const WordBag& bag : run.expected)
        for (const auto& [word, count] : bag) expected[word] += count;
    const WordBag missing = notInText(missingWords(expected, found), expected, pdfText);
    if (missing.empty()) return;
    // Which kind of block lost them: a kind whose own words are not all in the PDF, even with
    // every word found credited to it, certainly lost some. Words of several kinds (the same
    // word in a chart and a paragraph) may hide the loss from that test; when no kind is
    // certain, the loss is charged to the kind that holds most copies of the missing words.
    bool charged = false;
    for (std::size_t k = 0; k < run.expected.size(); ++k) {
        const WordBag lost = notInText(missingWords(run.expected[k], found), expected, pdfText);
        if (lost.empty()) continue;
        charged = true;
        run.problems.push_back({static_cast<Finding>(k), std::to_string(wordCount(lost)) + " of " +
                                                             std::to_string(wordCount(run.expected[k])) +
                                                             " words missing from the PDF: " + excerpt(lost, 8)});
    }
    if (charged) return;
    std::array<int, 4> copies{};
    for (const auto& [word, count] : missing)
        for (std::size_t k = 0; k < run.expected.size(); ++k)
            if (auto it = run.expected[k].find(word); it != run.expected[k].end()) copies[k] += it->second;
    const auto k = static_cast<std::size_t>(std::max_element(copies.begin(), copies.end()) - copies.begin());
    run.problems.push_back({static_cast<Finding>(k), std::to_string(wordCount(missing)) +
                                                         " words missing from the PDF (shared with other blocks): " +
                                                         excerpt(missing, 8)});
}

std::vector<std::string> pdfTexts(const std::vector<const std::string*>& pdfs) {
    testing::TempDir dir("conservation-pdfs");
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < pdfs.size(); ++i) {
        const std::string file = dir.file(std::to_string(i) + ".pdf");
        testing::writeFile(file, *pdfs[i]);
        testing::ProcessResult result = testing::runProcess({"pdftotext", "-raw", "-enc", "UTF-8", file, "-"});
        texts.push_back(result.exitCode == 0 ? result.out : std::string());
    }
    return texts;
}

}  // namespace brochure::conservation
