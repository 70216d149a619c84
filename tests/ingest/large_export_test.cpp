// A large export: 100,000 rows, with a duplicate check and a stated total. How long it takes is
// the benchmarks' business (bench/), never a test's.

#include "ingest_fixture.h"

using namespace brochure;
using namespace brochure::ingest;
using namespace brochure::ingest::testing;

TEST_CASE("a 100000-row export: every row read and the one repeated key found (its total agrees)", "[ingest]") {
    const int rows = 100000;
    std::string xml = "<export dataset=\"events\" year=\"2025\">\n";
    xml.reserve(static_cast<std::size_t>(rows) * 110);
    for (int i = 0; i < rows; ++i)
        xml += "  <row name=\"event " + std::to_string(i % (rows - 1)) +
               "\" fiscal-year=\"2024\" period=\"'95-'21\" month=\"Aug\" rank=\"1\" countries=\"Singapore, Viet Nam\"/>\n";
    xml += "  <total of=\"rank\" value=\"" + std::to_string(rows) + "\"/>\n</export>\n";

    auto result = readText(xml);

    REQUIRE(result.dataset);
    CHECK(result.dataset->records.size() == static_cast<std::size_t>(rows));
    // The last row repeats the first one's key: found by hashing, not by comparing every pair.
    auto duplicate = result.only("D300");
    CHECK(duplicate.line == rows + 1);
    CHECK(result.diagnostics.all().size() == 1);
}
