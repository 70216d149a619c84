// Editions: which export each dataset of an edition year comes from (carry), what a run is told
// about it (D130-D132), and the copy new-edition makes of an export.

#include "ingest_fixture.h"

#include "ingest/editions.h"

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

namespace {

// An export with no rows: only its dataset, year and file matter here.
Dataset exportOf(const std::string& dataset, int year) {
    return Dataset{dataset, year, "data/" + std::to_string(year) + "/" + dataset + ".xml", {}};
}

// The test catalog with jet-participants declared carry="no".
Catalog catalogWithNewNumbers() {
    Catalog catalog = testCatalog();
    for (auto& schema : catalog.datasets)
        if (schema.name == "jet-participants") schema.carried = false;
    return catalog;
}

std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(formatDiagnostic(d));
    return lines;
}

}  // namespace

TEST_CASE("an edition year takes each carried dataset from the latest earlier export", "[ingest][editions]") {
    const std::vector<Dataset> exports = {exportOf("events", 2024), exportOf("fairs", 2023), exportOf("events", 2025),
                                          exportOf("jet-participants", 2025), exportOf("jet-participants", 2026)};
    CHECK(editionYears(exports) == std::vector<int>{2023, 2024, 2025, 2026});
    std::vector<std::string> carried;
    for (const auto& c : carriedExports(catalogWithNewNumbers(), exports))
        carried.push_back(c.dataset + " " + std::to_string(c.year) + " <- " + c.file);
    // jet-participants is never carried; the others fill every later edition year from their latest export.
    CHECK(carried == std::vector<std::string>{
                         "fairs 2024 <- data/2023/fairs.xml",
                         "fairs 2025 <- data/2023/fairs.xml",
                         "events 2026 <- data/2025/events.xml",
                         "fairs 2026 <- data/2023/fairs.xml",
                     });
    CHECK(editionInputs(catalogWithNewNumbers(), exports, 2026) ==
          std::map<std::string, std::string>{{"events", "data/2025/events.xml"},
                                             {"fairs", "data/2023/fairs.xml"},
                                             {"jet-participants", "data/2026/jet-participants.xml"}});
}

TEST_CASE("D130-D132: what an edition is made of", "[ingest][editions][diagnostics]") {
    const std::vector<Dataset> exports = {exportOf("events", 2025), exportOf("jet-participants", 2025),
                                          exportOf("fairs", 2026)};
    SECTION("carried datasets are notes, a carry=\"no\" dataset missing is an error") {
        Diagnostics diagnostics;
        reportEditionSources(catalogWithNewNumbers(), exports, 2026, false, diagnostics);
        CHECK(formatted(diagnostics) ==
              std::vector<std::string>{
                  "data/2025/jet-participants.xml: error[D131]: dataset 'jet-participants' has no export for 2026 (the "
                  "latest is of 2025)\n  hint: schema.xml declares it carry=\"no\": it must be new every year; add "
                  "data/2026/jet-participants.xml",
                  "data/2025/events.xml: note[D130]: dataset 'events' of 2026 comes from the 2025 export"});
    }
    SECTION("--require-fresh makes a carried dataset an error") {
        Diagnostics diagnostics;
        reportEditionSources(catalogWithNewNumbers(), exports, 2026, true, diagnostics);
        CHECK(diagnostics.errorCount() == 2);  // D131 and D130
        CHECK(onlyDiagnostic(diagnostics, "D130").hint == "--require-fresh: add data/2026/events.xml");
    }
    SECTION("an edition's own exports need no word") {
        Diagnostics diagnostics;
        reportEditionSources(testCatalog(), exports, 2025, true, diagnostics);
        CHECK(diagnostics.all().empty());
    }
    SECTION("a year without any export") {
        Diagnostics diagnostics;
        reportEditionSources(testCatalog(), exports, 2027, false, diagnostics);
        CHECK(onlyDiagnostic(diagnostics, "D132").message == "no export for the edition year 2027");
    }
}

TEST_CASE("new-edition's copy of an export changes its year and nothing else", "[ingest][editions]") {
    const std::string before = "<?xml version=\"1.0\"?>\n<!-- <export year=\"1999\"> in a comment stays -->\n"
                               "<export dataset='events' year='2025'>\n  <row name=\"x\" year=\"2025\"/>\n</export>\n";
    auto after = exportForYear(before, 2026);
    REQUIRE(after);
    CHECK(*after == "<?xml version=\"1.0\"?>\n<!-- <export year=\"1999\"> in a comment stays -->\n"
                    "<export dataset='events' year='2026'>\n  <row name=\"x\" year=\"2025\"/>\n</export>\n");
    CHECK_FALSE(exportForYear("<countries/>", 2026));
    CHECK_FALSE(exportForYear("<export dataset=\"events\">", 2026));
}
