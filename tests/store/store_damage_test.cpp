// A damaged store file is said to be one, naming the file, with the hint to delete it (a query
// on it is not the layout's fault); a private in-memory store is never named as a file.

#include "store_fixture.h"

#include "process.h"

using namespace brochure;
using namespace brochure::store;
using namespace brochure::store::testing;

TEST_CASE("S101: a store with a corrupt page is named, with the hint to delete it", "[store][damage]") {
    brochure::testing::TempDir dir("store-damage");
    const std::string path = dir.file("store.sqlite");
    Store::open(path)->ingest(testCatalog(), goodDatasets());
    // Every page but the first (the header and the schema) overwritten: the tables' pages are
    // garbage, as after a disk fault or a copy cut short and padded.
    std::string bytes = brochure::testing::readFile(path);
    REQUIRE(bytes.size() > 8192);
    const std::size_t pageSize = 4096;
    for (std::size_t i = pageSize; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5 ^ (i * 7));
    brochure::testing::writeFile(path, bytes);

    auto store = Store::open(path);
    try {
        store->query("SELECT * FROM jet_participants", {});
        FAIL("the damaged store answered");
    } catch (const FatalError& fatal) {
        INFO(formatDiagnostic(fatal.diagnostic));
        CHECK(fatal.diagnostic.code == "S101");
        CHECK(fatal.diagnostic.file == path);
        CHECK(fatal.diagnostic.message.rfind("the store file is damaged: ", 0) == 0);
        CHECK(fatal.diagnostic.hint == "delete " + path + "; the next build ingests the data folder again");
    }
}

TEST_CASE("an in-memory store's faults name no file (never ':memory:')", "[store][damage]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    try {
        store->rowCount("country", 2025);  // the country table has no _year column
        FAIL("no fault");
    } catch (const FatalError& fatal) {
        CHECK(fatal.diagnostic.code == "S304");
        CHECK(fatal.diagnostic.file.empty());
    }
}
