// Benchmark (not a test): typesets a 5,000-row table like the brochure's participant lists and
// prints the time per run. Run under `/usr/bin/time -v` for peak memory.
//   bench_typeset [rows] [repeats]

#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "frame/trace.h"
#include "typeset/font_book.h"
#include "typeset/typeset.h"

using namespace brochure;

namespace {

// CPU time of this thread: the machine may be shared, so wall time alone says little.
double cpuMilliseconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

const char* const kCountries[] = {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar",
                                  "Philippines", "Singapore", "Thailand", "Vietnam", "India", "Sri Lanka"};
const char* const kPrefectures[] = {"Tochigi", "Sano City (Tochigi)", "Tsumagoi Village (Gunma)", "Tokyo",
                                    "Toyama", "Uozu City (Toyama)", "Kitakyushu City (Fukuoka)", "京都府"};

content::TableCell cell(std::string text, std::optional<content::Align> align = {}) {
    content::TableCell c;
    content::Span s;
    s.text = std::move(text);
    c.spans.push_back(std::move(s));
    c.align = align;
    return c;
}

content::Document bigTable(int rows) {
    content::Table table;
    table.name = "bench";
    table.columns.resize(5);
    table.columns[4].align = content::Align::right;
    table.style.inner.width = 0.5;
    table.style.outer.width = 1;
    table.style.stripeBackground = content::Color{0.95, 0.95, 0.95};
    content::TableRow header;
    header.kind = content::RowKind::header;
    for (const char* h : {"FY", "Country", "Prefecture", "Programme", "Participants"}) header.cells.push_back(cell(h));
    table.rows.push_back(header);
    table.rows.reserve(static_cast<std::size_t>(rows) + 1);
    for (int r = 0; r < rows; ++r) {
        content::TableRow row;
        row.cells.push_back(cell(std::to_string(2015 + r % 11)));
        row.cells.push_back(cell(kCountries[r % 12]));
        row.cells.push_back(cell(kPrefectures[r % 8]));
        row.cells.push_back(cell(r % 3 == 0 ? "Regional Exchange Promotion Programme and study visit to the city hall"
                                            : "JET Programme"));
        row.cells.push_back(cell(std::to_string(1 + (r * 37) % 4000)));
        table.rows.push_back(std::move(row));
    }
    content::Document doc;
    doc.masters.emplace_back();
    doc.sections.emplace_back();
    doc.sections[0].blocks.emplace_back(std::move(table));
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    Diagnostics diagnostics;
    const auto t0 = std::chrono::steady_clock::now();
    typeset::FontBook fonts(BROCHURE_SOURCE_DIR "/fonts", diagnostics);
    const auto t1 = std::chrono::steady_clock::now();
    const content::Document doc = bigTable(rows);
    double best = 1e9, bestCpu = 1e9;
    std::size_t pages = 0, items = 0;
    for (int i = 0; i < repeats; ++i) {
        content::Document copy = doc;  // typeset consumes its document; the copy is not timed
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuMilliseconds();
        frame::Document out = typeset::typeset(std::move(copy), fonts, diagnostics);
        bestCpu = std::min(bestCpu, cpuMilliseconds() - cpuStart);
        const auto end = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(end - start).count());
        pages = out.pages.size();
        items = 0;
        for (const auto& p : out.pages) items += p.items.size();
    }
    std::printf("fonts loaded in %.1f ms\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
    std::printf("%d rows: %zu pages, %zu items, best of %d runs: %.1f ms wall, %.1f ms CPU\n", rows, pages, items,
                repeats, best, bestCpu);
    for (const auto& d : diagnostics.all()) std::printf("%s\n", formatDiagnostic(d).c_str());
    return 0;
}
