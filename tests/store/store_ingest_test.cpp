// Storing datasets: the table layout of docs/data-format.md, idempotent re-ingest, and one
// transaction per batch (a failure anywhere leaves the store exactly as it was).

#include "store_fixture.h"

#include "process.h"

#include <sqlite3.h>

#include <algorithm>

using namespace brochure;
using namespace brochure::store;
using namespace brochure::store::testing;

// A fault that escapes a test is shown as the diagnostic it carries.
CATCH_TRANSLATE_EXCEPTION(const brochure::FatalError& fault) { return brochure::formatDiagnostic(fault.diagnostic); }

namespace {

std::vector<std::vector<std::string>> cells(const Store& store, const std::string& sql, const Params& params = {}) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : store.query(sql, params).rows) {
        auto& out = rows.emplace_back();
        for (const auto& value : row) out.push_back(isNull(value) ? "NULL" : toText(value));
    }
    return rows;
}

// Everything in the store's tables, as text, rows sorted: to compare a store before and after.
std::string snapshot(const Store& store) {
    std::string text;
    for (const auto& table : store.tables()) {
        std::vector<std::string> lines;
        for (const auto& row : cells(store, "SELECT * FROM \"" + table + "\"")) {
            std::string line;
            for (const auto& cell : row) line += cell + "|";
            lines.push_back(line);
        }
        std::sort(lines.begin(), lines.end());
        text += "[" + table + "]\n";
        for (const auto& line : lines) text += line + "\n";
    }
    return text;
}

// Runs SQL on the store file behind the program's back (a trigger, a journal mode check).
std::string sqliteOnFile(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::string firstValue;
    char* error = nullptr;
    int rc = sqlite3_exec(
        db, sql.c_str(),
        [](void* out, int, char** values, char**) {
            if (static_cast<std::string*>(out)->empty() && values[0]) *static_cast<std::string*>(out) = values[0];
            return 0;
        },
        &firstValue, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    return firstValue;
}

const std::string jetHeader = "<export dataset=\"jet-participants\" year=\"2025\">\n";

}  // namespace

TEST_CASE("ingest lays the data out as documented: provenance, periods, country lists, countries", "[store]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());

    CHECK(cells(*store, "SELECT _year, _line, _seq, fiscal_year, country, alt, cir, sea FROM jet_participants ORDER BY _seq") ==
          std::vector<std::vector<std::string>>{{"2025", "3", "1", "2024", "Singapore", "51", "8", "0"},
                                                {"2025", "4", "2", "2024", "Philippines", "334", "5", "NULL"}});
    CHECK(cells(*store, "SELECT DISTINCT _file FROM jet_participants")[0][0] ==
          fixture("good") + "/2025/jet-participants.xml");
    CHECK(cells(*store, "SELECT period, period_start, period_end, month, countries FROM events WHERE name = 'Seminar'") ==
          std::vector<std::vector<std::string>>{{"'95-'21", "1995", "2021", "8", "Singapore, Vietnam"}});
    CHECK(cells(*store, "SELECT row_seq, _year, country FROM events__countries ORDER BY country") ==
          std::vector<std::vector<std::string>>{{"1", "2025", "Singapore"}, {"1", "2025", "Vietnam"}});
    // The country table, in countries.xml's order, and the aliases beside it.
    CHECK(cells(*store, "SELECT name, slug, region, covered FROM country ORDER BY _seq").front() ==
          std::vector<std::string>{"Brunei", "brunei", "ASEAN", "1"});
    CHECK(cells(*store, "SELECT name FROM country_alias WHERE alias = 'Viet Nam'")[0][0] == "Vietnam");
    CHECK(cells(*store, "SELECT dataset, year, rows FROM _export ORDER BY dataset") ==
          std::vector<std::vector<std::string>>{{"events", "2025", "2"}, {"jet-participants", "2025", "2"}});
    // A dataset without an export in this batch still has its (empty) table: its queries run.
    CHECK(store->rowCount("fairs") == 0);
    CHECK(store->rowCount("no_such_table") == -1);
}

TEST_CASE("values come back typed: integers, text, NULL", "[store]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    auto result = store->query("SELECT alt, country, sea FROM jet_participants WHERE _seq = 2", {});
    REQUIRE(result.rows.size() == 1);
    CHECK(result.columns == std::vector<std::string>{"alt", "country", "sea"});
    CHECK(result.rows[0][0] == Value{std::int64_t{334}});
    CHECK(result.rows[0][1] == Value{std::string("Philippines")});
    CHECK(isNull(result.rows[0][2]));
}

TEST_CASE("re-ingesting the same exports twice gives the same store", "[store]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    std::string once = snapshot(*store);
    store->ingest(testCatalog(), goodDatasets());
    store->ingest(testCatalog(), goodDatasets());
    CHECK(snapshot(*store) == once);
    CHECK(store->rowCount("jet_participants", 2025) == 2);
    CHECK(store->rowCount("events__countries", 2025) == 2);
}

TEST_CASE("an ingest makes the store hold exactly its exports: the rows of an export no longer given are removed",
          "[store][editions]") {
    auto store = Store::inMemory();
    REQUIRE(store->ingest(testCatalog(), goodDatasets()).removed.empty());
    auto edition2026 = datasetFrom("<export dataset=\"jet-participants\" year=\"2026\">\n"
                                   "  <row fiscal-year=\"2025\" country=\"Thailand\" alt=\"1\" cir=\"2\" sea=\"3\"/>\n"
                                   "</export>\n",
                                   "data/2026/jet-participants.xml");
    // The 2025 events export is gone (deleted, renamed, moved): its rows leave with it.
    auto result = store->ingest(testCatalog(), {goodDatasets()[1], edition2026});
    REQUIRE(result.removed.size() == 1);
    CHECK(result.removed[0].dataset == "events");
    CHECK(result.removed[0].year == 2025);
    CHECK(result.removed[0].file == goodDatasets()[0].file);
    CHECK(formatDiagnostic(removalNote(result.removed[0])).find(goodDatasets()[0].file +
                                                                ": note[S210]: dataset 'events' of 2025 was removed") == 0);
    CHECK(store->rowCount("events") == 0);
    CHECK(store->rowCount("events__countries") == 0);
    CHECK(store->rowCount("jet_participants", 2025) == 2);
    CHECK(store->rowCount("jet_participants", 2026) == 1);
    CHECK(cells(*store, "SELECT dataset, year FROM _export ORDER BY year") ==
          std::vector<std::vector<std::string>>{{"jet-participants", "2025"}, {"jet-participants", "2026"}});

    // Whatever the store held before, the same exports give the same store.
    auto fresh = Store::inMemory();
    fresh->ingest(testCatalog(), {goodDatasets()[1], edition2026});
    CHECK(snapshot(*store) == snapshot(*fresh));
}

TEST_CASE("an edition year without its own export of a carried dataset gets the latest earlier one",
          "[store][editions]") {
    auto store = Store::inMemory();
    auto edition2026 = datasetFrom("<export dataset=\"jet-participants\" year=\"2026\">\n"
                                   "  <row fiscal-year=\"2025\" country=\"Thailand\" alt=\"1\" cir=\"2\" sea=\"3\"/>\n"
                                   "</export>\n",
                                   "data/2026/jet-participants.xml");
    auto exports = goodDatasets();
    exports.push_back(edition2026);
    store->ingest(testCatalog(), exports);
    // events has no 2026 export: the 2025 rows serve 2026 too, under _year 2026, side table included.
    CHECK(cells(*store, "SELECT name, _file FROM events WHERE _year = :year ORDER BY _seq", {{":year", std::int64_t{2026}}}) ==
          cells(*store, "SELECT name, _file FROM events WHERE _year = :year ORDER BY _seq", {{":year", std::int64_t{2025}}}));
    CHECK(store->rowCount("events", 2026) == 2);
    CHECK(store->rowCount("events__countries", 2026) == store->rowCount("events__countries", 2025));
    CHECK(store->rowCount("jet_participants", 2026) == 1);  // its own export, nothing carried
    CHECK(cells(*store, "SELECT dataset, year, carried_from FROM _export ORDER BY year, dataset") ==
          std::vector<std::vector<std::string>>{{"events", "2025", "NULL"},
                                                {"jet-participants", "2025", "NULL"},
                                                {"events", "2026", "2025"},
                                                {"jet-participants", "2026", "NULL"}});
    // The copies are not exports: dropping the 2026 export removes it alone, and nothing is carried any more.
    auto result = store->ingest(testCatalog(), goodDatasets());
    REQUIRE(result.removed.size() == 1);
    CHECK(result.removed[0].file == "data/2026/jet-participants.xml");
    CHECK(store->rowCount("events", 2026) == 0);
}

TEST_CASE("an ingest drops the tables of datasets the schema no longer declares", "[store][editions]") {
    auto store = Store::inMemory();
    ingest::Catalog extended = testCatalog();
    ingest::DatasetSchema extra;
    extra.name = extra.table = "extra";
    extra.columns.push_back({"value", "value", ingest::ColumnType::text, false, false, {}, 0});
    extended.datasets.push_back(extra);
    store->ingest(extended, goodDatasets());
    REQUIRE(store->rowCount("extra") == 0);
    store->ingest(testCatalog(), goodDatasets());
    CHECK(store->rowCount("extra") == -1);
}

TEST_CASE("an ingest whose inputs digest is the last ingest's writes nothing - any other ingest writes", "[store]") {
    auto store = Store::inMemory();
    auto edition2026 = datasetFrom("<export dataset=\"jet-participants\" year=\"2026\">\n"
                                   "  <row fiscal-year=\"2025\" country=\"Thailand\" alt=\"1\" cir=\"2\" sea=\"3\"/>\n"
                                   "</export>\n",
                                   "data/2026/jet-participants.xml");
    CHECK(store->ingest(testCatalog(), goodDatasets(), "digest A").written);
    // Same digest: taken as the same inputs, so the (different) datasets are not even looked at.
    CHECK_FALSE(store->ingest(testCatalog(), {edition2026}, "digest A").written);
    CHECK(store->rowCount("jet_participants", 2026) == 0);
    CHECK(store->ingest(testCatalog(), {edition2026}, "digest B").written);
    CHECK(store->rowCount("jet_participants", 2026) == 1);
    // An ingest without a digest (brochure ingest FILE) forgets the last one: the next build re-ingests.
    CHECK(store->ingest(testCatalog(), goodDatasets()).written);
    CHECK(store->ingest(testCatalog(), goodDatasets(), "digest B").written);
}

TEST_CASE("a batch that fails midway leaves the on-disk store exactly as it was", "[store][transaction]") {
    brochure::testing::TempDir temp("store-transaction");
    const std::string path = temp.file("brochure.db");
    std::string before;
    {
        auto store = Store::open(path);
        store->ingest(testCatalog(), goodDatasets());
        before = snapshot(*store);
    }
    // The second dataset of the batch fails while its rows are being inserted, after the first
    // dataset of the batch has been replaced and some of its own rows written.
    sqliteOnFile(path, "CREATE TRIGGER refuse BEFORE INSERT ON jet_participants WHEN NEW.country = 'Vietnam' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END");
    auto changedEvents = datasetFrom("<export dataset=\"events\" year=\"2025\">\n"
                                     "  <row name=\"Only\" fiscal-year=\"2024\" countries=\"Brunei\"/>\n</export>\n");
    auto failingJet = datasetFrom(jetHeader +
                                  "  <row fiscal-year=\"2024\" country=\"Thailand\" alt=\"0\" cir=\"6\" sea=\"0\"/>\n"
                                  "  <row fiscal-year=\"2024\" country=\"Vietnam\" alt=\"0\" cir=\"28\" sea=\"0\"/>\n</export>\n");
    {
        auto store = Store::open(path);
        Diagnostic fault = faultOf([&] { store->ingest(testCatalog(), {changedEvents, failingJet}); });
        CHECK(fault.code == "S200");
        CHECK(fault.file == path);
        CHECK(fault.message == "cannot store the data, nothing was changed: refused by the test trigger");
        CHECK(snapshot(*store) == before);
    }
    // And still so for the next process that opens the file.
    auto reopened = Store::open(path);
    CHECK(snapshot(*reopened) == before);
    CHECK(reopened->rowCount("events", 2025) == 2);
}

TEST_CASE("a failing batch does not leave the tables it created", "[store][transaction]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    ingest::Catalog extended = testCatalog();
    ingest::DatasetSchema extra;
    extra.name = extra.table = "extra";
    extra.columns.push_back({"value", "value", ingest::ColumnType::text, false, false, {}, 0});
    extended.datasets.push_back(extra);
    ingest::Dataset unknown;
    unknown.name = "not-in-the-schema";
    unknown.year = 2025;
    unknown.file = "data/2025/not-in-the-schema.xml";
    Diagnostic fault = faultOf([&] { store->ingest(extended, {goodDatasets()[0], unknown}); });
    CHECK(fault.code == "S201");
    CHECK(fault.file == "data/2025/not-in-the-schema.xml");
    CHECK(fault.message == "cannot store dataset 'not-in-the-schema': schema.xml does not declare it");
    CHECK(store->rowCount("extra") == -1);
}

TEST_CASE("a record that does not fit its schema is refused, and nothing is stored", "[store][transaction]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    auto datasets = goodDatasets();
    datasets[1].records[1].cells.pop_back();  // a programming error upstream, not a user's
    Diagnostic fault = faultOf([&] { store->ingest(testCatalog(), datasets); });
    CHECK(fault.code == "S202");
    CHECK(fault.message ==
          "line 4: the row has 4 values but dataset 'jet-participants' has 5 columns; nothing was stored");
    CHECK(store->rowCount("jet_participants", 2025) == 2);
}

TEST_CASE("a newer schema adds columns to the tables an older one created", "[store][migration]") {
    brochure::testing::TempDir temp("store-migration");
    const std::string path = temp.file("brochure.db");
    ingest::Catalog older = testCatalog();
    auto& jet = older.datasets[0];
    REQUIRE(jet.name == "jet-participants");
    jet.columns.pop_back();  // no "sea" yet
    auto oldRows = goodDatasets()[1];
    for (auto& record : oldRows.records) record.cells.pop_back();
    Store::open(path)->ingest(older, {oldRows});

    auto store = Store::open(path);
    store->ingest(testCatalog(), {goodDatasets()[0]});  // the current catalog, another dataset
    CHECK(cells(*store, "SELECT count(sea) FROM jet_participants") == std::vector<std::vector<std::string>>{{"0"}});
    store->ingest(testCatalog(), goodDatasets());
    CHECK(cells(*store, "SELECT sea FROM jet_participants WHERE country = 'Singapore'")[0][0] == "0");
}

TEST_CASE("a query asked again after an ingest sees the new rows and the new columns", "[store][query]") {
    // The store keeps layout queries prepared between runs; an ingest in between (new rows, a
    // migrated table) must neither be blocked by them nor leave them answering from before.
    ingest::Catalog older = testCatalog();
    older.datasets[0].columns.pop_back();  // jet-participants without "sea"
    auto oldRows = goodDatasets()[1];
    for (auto& record : oldRows.records) record.cells.pop_back();
    auto store = Store::inMemory();
    store->ingest(older, {oldRows});
    const std::string sql = "SELECT * FROM jet_participants WHERE _year = :year ORDER BY _seq";
    const Params year{{":year", std::int64_t{2025}}};
    auto before = store->query(sql, year);
    CHECK(before.rows.size() == 2);
    CHECK(std::find(before.columns.begin(), before.columns.end(), "sea") == before.columns.end());
    // A failed run (no value for :year) leaves the query usable.
    CHECK(faultOf([&] { store->query(sql, {}); }).code == "S302");

    auto fewer2025 = datasetFrom(jetHeader + "  <row fiscal-year=\"2024\" country=\"Vietnam\" alt=\"0\" cir=\"28\" sea=\"5\"/>\n</export>\n");
    REQUIRE(store->ingest(testCatalog(), {fewer2025}).written);
    auto after = store->query(sql, year);
    REQUIRE(after.rows.size() == 1);
    auto sea = std::find(after.columns.begin(), after.columns.end(), "sea");
    REQUIRE(sea != after.columns.end());
    CHECK(after.rows[0][static_cast<std::size_t>(sea - after.columns.begin())] == Value{std::int64_t{5}});
}

TEST_CASE("open: WAL mode, and faults that name the file", "[store]") {
    brochure::testing::TempDir temp("store-open");
    SECTION("a new file is created in WAL mode") {
        const std::string path = temp.file("new.db");
        Store::open(path)->ingest(testCatalog(), goodDatasets());
        CHECK(sqliteOnFile(path, "PRAGMA journal_mode") == "wal");
    }
    SECTION("a folder that does not exist") {
        const std::string path = temp.file("missing/brochure.db");
        Diagnostic fault = faultOf([&] { Store::open(path); });
        CHECK(fault.code == "S100");
        CHECK(fault.file == path);
        CHECK_THAT(fault.message, Catch::StartsWith("cannot open the store: "));
    }
    SECTION("a file that is not a database") {
        const std::string path = temp.file("notes.txt");
        brochure::testing::writeFile(path, std::string(4096, 'x'));
        Diagnostic fault = faultOf([&] { Store::open(path); });
        CHECK(fault.code == "S100");
        CHECK(fault.message == "cannot open the store: file is not a database");
    }
}
