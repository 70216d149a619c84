// Handouts: one per covered country, only that country's rows, its share of the totals, and no
// section without rows.

#include "bind/bind.h"
#include "content_text.h"
#include "layoutdef/reader.h"
#include "project_store.h"

#include <catch2/catch.hpp>

using namespace brochure;

namespace {

struct Handouts {
    std::vector<bind::DocumentJob> jobs;
    std::vector<content::Document> documents;
    std::vector<std::string> countries;
    Diagnostics diagnostics;
};

const Handouts& handouts() {
    static const Handouts all = [] {
        Handouts h;
        const auto& project = test::edition2025();
        auto layout = layoutdef::readLayout(BROCHURE_SOURCE_DIR "/layouts/handout.xml", h.diagnostics);
        if (!layout || project.diagnostics.hasErrors()) return h;
        h.jobs = bind::plan(*layout, *project.store, {{":year", std::int64_t{2025}}}, h.diagnostics);
        for (const auto& job : h.jobs) {
            h.countries.push_back(toText(job.params.at(":country")));
            h.documents.push_back(bind::bind(*layout, *project.store, job.params, h.diagnostics));
        }
        return h;
    }();
    return all;
}

// Every cell of every table, and every chart label, in the document.
std::vector<std::string> dataTexts(const content::Document& document) {
    std::vector<std::string> texts;
    for (const auto& section : document.sections)
        for (const auto& block : section.blocks) {
            if (auto table = std::get_if<content::Table>(&block))
                for (const auto& row : table->rows)
                    for (const auto& cell : row.cells) texts.push_back(test::spansText(cell.spans));
            if (auto chart = std::get_if<content::BarChart>(&block))
                texts.insert(texts.end(), chart->labels.begin(), chart->labels.end());
        }
    return texts;
}

std::size_t indexOf(const Handouts& h, const std::string& country) {
    for (std::size_t i = 0; i < h.countries.size(); ++i)
        if (h.countries[i] == country) return i;
    FAIL("no handout for " << country);
    return 0;
}

}  // namespace

TEST_CASE("a handout for each of the 12 covered countries, without diagnostics", "[handout]") {
    const auto& h = handouts();
    for (const auto& d : h.diagnostics.all()) FAIL_CHECK(formatDiagnostic(d));
    REQUIRE(h.jobs.size() == 12);
    CHECK(h.jobs[indexOf(h, "Sri Lanka")].output == "handouts/2025/sri-lanka.pdf");
    CHECK(h.jobs[indexOf(h, "Brunei")].output == "handouts/2025/brunei.pdf");
    CHECK(h.documents[indexOf(h, "Laos")].metadata.title == "Laos: Our Activities 2025");
}

TEST_CASE("no handout shows a row of another country", "[handout]") {
    const auto& h = handouts();
    REQUIRE(h.documents.size() == 12);
    for (std::size_t i = 0; i < h.documents.size(); ++i) {
        auto texts = dataTexts(h.documents[i]);
        CHECK_FALSE(texts.empty());
        for (const auto& other : h.countries) {
            if (other == h.countries[i]) continue;
            for (const auto& text : texts) {
                INFO(h.countries[i] << " handout, cell \"" << text << "\"");
                CHECK(text.find(other) == std::string::npos);
            }
        }
    }
}

TEST_CASE("a handout states the country's share of the totals", "[handout]") {
    const auto& h = handouts();
    REQUIRE(h.documents.size() == 12);
    std::string thailand = test::contentText(h.documents[indexOf(h, "Thailand")]);
    CHECK(thailand.find("Thailand: 42 of 269 seminar participants (15.6%)") != std::string::npos);
    CHECK(thailand.find("Thailand: 47 of 261 LGOTP participants (18.0%)") != std::string::npos);
    CHECK(thailand.find("Thailand: 6 of 447 JET participants in FY2024 (1.3%)") != std::string::npos);
    CHECK(thailand.find("B | Thailand | 39 | 1 | - | 2 | 42") != std::string::npos);
    CHECK(thailand.find("B | 2024 | Visit Japan FIT Fair #16 | Bangkok | November") != std::string::npos);
}

TEST_CASE("a handout leaves out the sections without rows for its country", "[handout][conditional]") {
    const auto& h = handouts();
    REQUIRE(h.documents.size() == 12);
    std::string singapore = test::contentText(h.documents[indexOf(h, "Singapore")]);
    CHECK(singapore.find("LGOTP") == std::string::npos);           // no Singapore trainees
    CHECK(singapore.find("Travel Fairs") == std::string::npos);    // no fair in Singapore
    CHECK(singapore.find("section The JET Programme") != std::string::npos);
    CHECK(singapore.find("Hamamatsu City") != std::string::npos);  // supported activity (country list)
    std::string brunei = test::contentText(h.documents[indexOf(h, "Brunei")]);
    CHECK(brunei.find("Universiti Brunei Darusalam") != std::string::npos);  // "Brunei Darussalam" is an alias
    CHECK(brunei.find("section The JET Programme") == std::string::npos);
}
