// The conservation property of issue 14: 1,000 generated layouts (seeds 1 to 1,000) run through
// the real stages in this process; for each, every bound word must reach the PDF's text, every
// item lie in its page's frame, and a refused document be refused with located diagnostics only
// (conservation_oracle.h). A failure prints, per kind of violation, how many documents show it
// and one seed with the generated layout's description.
//
//   BROCHURE_CONSERVATION_SEED=N    run seed N only, print its layout and findings, and leave the
//                                   layout and its PDF in the build folder (conservation-N.xml, .pdf)
//   BROCHURE_CONSERVATION_COUNT=N   run N seeds (default 1,000), from BROCHURE_CONSERVATION_SEED or 1

#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>

#include "conservation_oracle.h"
#include "process.h"
#include "layout_generator.h"

using namespace brochure::conservation;

namespace {

std::uint64_t environment(const char* name, std::uint64_t fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::strtoull(value, nullptr, 10) : fallback;
}

struct Example {
    std::uint64_t seed = 0;
    std::string detail;
    std::string summary;
};

struct Tally {
    std::array<int, kFindingKinds> documents{};  // documents with at least one violation of a kind
    std::array<Example, kFindingKinds> first;
    int made = 0, refused = 0, failed = 0, pages = 0;
    long words = 0;
    std::map<std::string, int> refusals;         // error code -> documents

    void add(std::uint64_t seed, const GeneratedLayout& layout, const DocumentRun& run) {
        if (run.pdf) ++made;
        else ++refused;
        pages += run.pages;
        for (const WordBag& bag : run.expected) words += wordCount(bag);
        for (const std::string& error : run.errors) {
            const std::size_t open = error.find("error["), close = error.find(']', open);
            if (open != std::string::npos && close != std::string::npos) ++refusals[error.substr(open + 6, close - open - 6)];
        }
        std::array<bool, kFindingKinds> seen{};
        for (const Problem& p : run.problems) {
            const auto k = static_cast<std::size_t>(p.kind);
            if (seen[k]) continue;
            seen[k] = true;
            if (documents[k]++ == 0) first[k] = {seed, p.detail, layout.summary};
        }
        for (bool s : seen)
            if (s) {
                ++failed;
                break;
            }
    }
};

// Violations understood and not yet fixed, each with the exact finding its seed gives. Seed 73:
// in a table cell a few points wide inside a column, "Quis" is set one or two letters a line and
// its first letter ends one column while "uis" opens the next; every letter is on the page, but
// pdftotext reads the pieces among the other column's lines, so the word cannot be found. The
// fix is to keep the lines of a word broken inside together across a column or page break.
// The test fails when a known finding changes or goes away: then remove it from this list.
const std::map<std::uint64_t, std::string> kKnownFindings = {
    {73, "words lost in columns: 1 of 7653 words missing from the PDF: 'Quis'"},
};

// Takes out of `run` the one finding its seed is known for; false when the seed is known but
// its findings are not exactly that one.
bool removeKnownFinding(std::uint64_t seed, DocumentRun& run) {
    auto known = kKnownFindings.find(seed);
    if (known == kKnownFindings.end()) return true;
    if (run.problems.size() != 1 ||
        findingName(run.problems[0].kind) + std::string(": ") + run.problems[0].detail != known->second)
        return false;
    std::cout << "known, not counted: seed " << seed << ": " << known->second << "\n";
    run.problems.clear();
    return true;
}

}  // namespace

TEST_CASE("every word of 1,000 generated documents reaches the PDF, every item stays in its frame",
          "[conservation]") {
    const std::uint64_t single = environment("BROCHURE_CONSERVATION_SEED", 0);
    const std::uint64_t first = single ? single : 1;
    const std::uint64_t count = environment("BROCHURE_CONSERVATION_COUNT", single ? 1 : 1000);
    const auto start = std::chrono::steady_clock::now();
    Tally tally;
    constexpr std::uint64_t kBatch = 50;  // PDFs read back per batch
    for (std::uint64_t batchStart = first; batchStart < first + count; batchStart += kBatch) {
        const std::uint64_t batchEnd = std::min(first + count, batchStart + kBatch);
        std::vector<GeneratedLayout> layouts;
        std::vector<DocumentRun> runs;
        for (std::uint64_t seed = batchStart; seed < batchEnd; ++seed) {
            SeededChoices choices(seed);
            layouts.push_back(generateLayout(choices));
            runs.push_back(runDocument(layouts.back().xml));
            if (single) {
                const std::string name = std::string(BROCHURE_BINARY_DIR) + "/conservation-" + std::to_string(seed);
                std::cout << layouts.back().xml << "\nlayout and PDF: " << name << ".xml, .pdf\n";
                brochure::testing::writeFile(name + ".xml", layouts.back().xml);
                if (runs.back().pdf) brochure::testing::writeFile(name + ".pdf", *runs.back().pdf);
            }
        }
        std::vector<const std::string*> pdfs;
        for (const DocumentRun& run : runs)
            if (run.pdf) pdfs.push_back(&*run.pdf);
        std::vector<std::string> texts = pdfTexts(pdfs);
        std::size_t next = 0;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            if (runs[i].pdf) checkWords(runs[i], texts[next++]);
            INFO("seed " << batchStart + i << " no longer gives exactly its known finding (kKnownFindings)");
            CHECK(removeKnownFinding(batchStart + i, runs[i]));
            tally.add(batchStart + i, layouts[i], runs[i]);
            if (single)
                for (const Problem& p : runs[i].problems) std::cout << findingName(p.kind) << ": " << p.detail << "\n";
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::cout << "conservation: " << count << " documents (seeds " << first << "-" << first + count - 1 << ") in "
              << seconds << " s: " << tally.made << " PDFs (" << tally.pages << " pages, " << tally.words
              << " bound words), " << tally.refused << " refused";
    for (const auto& [code, n] : tally.refusals) std::cout << " " << code << "x" << n;
    std::cout << "; " << tally.failed << " violate the oracle\n";
    for (std::size_t k = 0; k < kFindingKinds; ++k) {
        if (tally.documents[k] == 0) continue;
        const Example& e = tally.first[k];
        std::cout << "  " << findingName(static_cast<Finding>(k)) << ": " << tally.documents[k]
                  << " documents; e.g. seed " << e.seed << ": " << e.detail << "\n    layout: "
                  << e.summary << "\n";
    }
    for (std::size_t k = 0; k < kFindingKinds; ++k) {
        INFO(findingName(static_cast<Finding>(k)) << " (rerun one with BROCHURE_CONSERVATION_SEED="
                                                   << tally.first[k].seed << ")");
        CHECK(tally.documents[k] == 0);
    }
}
