// Benchmarks, not timed tests (hidden: run with `test_render "[.benchmark]"`): the render stage
// on a 5,000-row table, the size of the brochure's largest data tables.

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/diagnostic.h"
#include "render/pdf_painter.h"
#include "sample_documents.h"

using namespace brochure;

namespace {

frame::TextRun cell(double x, double baseline, int font, std::string text) {
    return testing::textRun(x, baseline, font, std::move(text), 9);
}

// 100 pages of 50 rows x 5 cells, a rule under every row, a header band per page.
frame::Document tableDocument(int rows) {
    frame::Document document = testing::documentWithLines({"Exchange programme participants"});
    document.fonts.push_back(testing::notoSansBold());
    document.pages.clear();
    const int rowsPerPage = 50;
    for (int row = 0; row < rows; ++row) {
        if (row % rowsPerPage == 0) {
            frame::Page page;
            page.label = std::to_string(document.pages.size() + 1);
            frame::Rect band;
            band.x = 40;
            band.y = 40;
            band.width = 515;
            band.height = 18;
            band.fill = {0.85, 0.9, 0.95};
            page.items.emplace_back(band);
            const char* headers[] = {"No.", "Name", "Country", "Programme", "Amount (SGD)"};
            for (int c = 0; c < 5; ++c) page.items.emplace_back(cell(45.0 + c * 103, 53, 1, headers[c]));
            document.pages.push_back(std::move(page));
        }
        frame::Page& page = document.pages.back();
        double y = 60 + (row % rowsPerPage) * 15;
        std::string cells[] = {std::to_string(row + 1), "Participant " + std::to_string(row * 7919 % 10007),
                               row % 3 ? "Việt Nam" : "Singapore", "JET Programme", std::to_string(row * 37 % 9973) + ".50"};
        for (int c = 0; c < 5; ++c) page.items.emplace_back(cell(45.0 + c * 103, y + 11, 0, cells[c]));
        page.items.push_back(frame::Line{40, y + 15, 555, y + 15, 0.25, {0.6, 0.6, 0.6}});
    }
    return document;
}

}  // namespace

TEST_CASE("benchmark: a 5,000-row table renders quickly", "[.benchmark]") {
    frame::Document document = tableDocument(5000);
    for (int round = 0; round < 3; ++round) {
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpuStart = std::clock();
        Diagnostics diagnostics;
        auto bytes = render::renderPdf(document, diagnostics);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        // CPU time too: on a busy machine the wall clock mostly measures the other processes.
        double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        REQUIRE(bytes);
        std::printf("5,000 rows, %zu pages: %.1f ms wall, %.1f ms CPU, %zu bytes\n", document.pages.size(), ms, cpuMs,
                    bytes->size());
    }
}

TEST_CASE("benchmark: fixed costs of one page (font subsetting dominates)", "[.benchmark]") {
    struct Case {
        const char* name;
        frame::Document document;
    };
    for (auto& [name, document] :
         {Case{"Latin", testing::documentWithLines({"Our Activities 2025", "Hà Nội, Đà Nẵng"})},
          Case{"Japanese", testing::documentWithLines({"日本語のテキスト", "東京都千代田区"}, testing::ipaexGothic())}}) {
        for (int round = 0; round < 3; ++round) {  // the first round also parses the font file
            std::clock_t cpuStart = std::clock();
            Diagnostics diagnostics;
            auto bytes = render::renderPdf(document, diagnostics);
            double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            REQUIRE(bytes);
            std::printf("one page of %s: %.2f ms CPU, %zu bytes\n", name, cpuMs, bytes->size());
        }
    }
}
