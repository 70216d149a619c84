// Layout queries: values are bound, never spliced; only a single read-only SELECT runs, within
// limits.query-seconds and limits.query-rows; every refusal is an S3xx diagnostic with SQLite's
// own words.

#include "store_fixture.h"

#include "core/limits.h"
#include "process.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

using namespace brochure;
using namespace brochure::store;
using namespace brochure::store::testing;

namespace {

std::unique_ptr<Store> goodStore() {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    return store;
}

Diagnostic queryFault(const Store& store, const std::string& sql, const Params& params = {}) {
    return faultOf([&] { store.query(sql, params); });
}

// Limits changed for one test, restored after it.
struct LimitsFor {
    explicit LimitsFor(const Limits& limits) { setLimits(limits); }
    ~LimitsFor() { setLimits(Limits{}); }
};

const char* const kEndless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

}  // namespace

TEST_CASE("named parameters are bound, with or without ':' in the key, as often as they appear", "[store][query]") {
    auto store = goodStore();
    const std::string sql =
        "SELECT country FROM jet_participants WHERE _year = :year AND fiscal_year < :year AND country = :country";
    auto result = store->query(sql, {{":year", std::int64_t{2025}}, {"country", std::string("Philippines")}});
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0][0] == Value{std::string("Philippines")});
    CHECK(store->query(sql, {{":year", std::int64_t{2024}}, {":country", std::string("Philippines")}}).empty());
}

TEST_CASE("a value containing SQL is only a value", "[store][query]") {
    auto store = goodStore();
    auto result = store->query("SELECT * FROM jet_participants WHERE country = :country",
                               {{":country", std::string("Thailand'; DROP TABLE jet_participants; --")}});
    CHECK(result.empty());
    CHECK(store->rowCount("jet_participants") == 2);
}

TEST_CASE("only a single read-only SELECT runs", "[store][query]") {
    auto store = goodStore();
    for (const std::string sql : {"DELETE FROM jet_participants", "UPDATE country SET name = 'x'",
                                  "DROP TABLE jet_participants", "INSERT INTO country (name) VALUES ('x')",
                                  "PRAGMA table_info(country)", "BEGIN", "ATTACH DATABASE ':memory:' AS other",
                                  "WITH x AS (SELECT 1) DELETE FROM country"}) {
        INFO(sql);
        Diagnostic fault = queryFault(*store, sql);
        CHECK(fault.code == "S300");
        CHECK_THAT(fault.message, Catch::StartsWith("a query may only read: it must be a SELECT"));
    }
    Diagnostic two = queryFault(*store, "SELECT 1; DELETE FROM jet_participants");
    CHECK(two.code == "S300");
    CHECK(two.message == "a query must be a single statement (in query: SELECT 1; DELETE FROM jet_participants)");
    CHECK(store->rowCount("jet_participants") == 2);
    CHECK(store->rowCount("country") == 6);
    // A trailing semicolon or comment is still one statement; WITH ... SELECT reads.
    CHECK(store->query("SELECT 1; -- done\n", {}).rows.size() == 1);
    CHECK(store->query("WITH t AS (SELECT name FROM country) SELECT count(*) FROM t", {}).rows[0][0] ==
          Value{std::int64_t{6}});
    CHECK(queryFault(*store, "  -- nothing\n").code == "S300");
}

TEST_CASE("unknown tables and columns carry SQLite's message and the closest name", "[store][query]") {
    auto store = goodStore();
    Diagnostic table = queryFault(*store, "SELECT * FROM jet_participant");
    CHECK(table.code == "S301");
    CHECK(table.message == "the query is not valid: no such table: jet_participant (in query: SELECT * FROM jet_participant)");
    CHECK(table.hint == "did you mean 'jet_participants'?");
    Diagnostic column = queryFault(*store, "SELECT contry FROM jet_participants");
    CHECK(column.code == "S301");
    CHECK_THAT(column.message, Catch::StartsWith("the query is not valid: no such column: contry"));
    CHECK(column.hint == "did you mean 'country'?");
    CHECK(queryFault(*store, "SELEC 1").code == "S301");
}

TEST_CASE("parameters: a missing value, and positional '?'", "[store][query]") {
    auto store = goodStore();
    Diagnostic missing = queryFault(*store, "SELECT * FROM country WHERE name = :country", {{":year", std::int64_t{2025}}});
    CHECK(missing.code == "S302");
    CHECK_THAT(missing.message, Catch::StartsWith("no value for the parameter :country"));
    CHECK(missing.hint == "given: :year");
    Diagnostic positional = queryFault(*store, "SELECT * FROM country WHERE name = ?");
    CHECK(positional.code == "S303");
    CHECK(positional.hint == "name it, as in :year or :country");
}

TEST_CASE("long queries are shortened in messages", "[store][query]") {
    auto store = goodStore();
    std::string sql = "SELECT name\n  FROM nowhere\n WHERE " + std::string(200, '1') + " = 1";
    Diagnostic fault = queryFault(*store, sql);
    CHECK(fault.message == "the query is not valid: no such table: nowhere (in query: SELECT name FROM nowhere WHERE " +
                               std::string(46, '1') + "...)");
}

TEST_CASE("several threads may query one store at once", "[store][query]") {
    auto store = goodStore();
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                auto result = store->query("SELECT count(*) FROM jet_participants WHERE alt > :min",
                                           {{":min", std::int64_t{t % 2 ? 100 : 0}}});
                const auto* count = std::get_if<std::int64_t>(&result.rows.at(0).at(0));
                if (!count || *count != (t % 2 ? 1 : 2)) ++wrong;
            }
        });
    for (auto& thread : threads) thread.join();
    CHECK(wrong == 0);
}

// Layout queries only read, and only for so long: a query that would write the store (even one
// SQLite calls read-only), one that runs past limits.query-seconds and one that returns more than
// limits.query-rows rows end with an S3xx diagnostic, and the store stays usable afterwards.

TEST_CASE("a query that would write the store is refused, even one SQLite calls read-only", "[store][query][limits]") {
    auto store = goodStore();
    // Let the optimizer see a query worth an ANALYZE, as a build's queries would.
    store->query("SELECT * FROM jet_participants WHERE _year = 2025 AND country = 'Laos'", {});
    for (const char* sql : {"SELECT * FROM pragma_optimize", "SELECT * FROM pragma_optimize(0x10002)",
                            "SELECT * FROM pragma_journal_mode('delete')"}) {
        INFO(sql);
        Diagnostic fault = faultOf([&] { store->query(sql, {}); });
        INFO(fault.message);
        CHECK(fault.code == "S300");
        CHECK(fault.message.find("may only read") != std::string::npos);
    }
    auto tables = store->tables();
    CHECK(std::find(tables.begin(), tables.end(), "sqlite_stat1") == tables.end());
    // Reading stays allowed, and the store can still be written by an ingest.
    CHECK(store->query("SELECT count(*) AS n FROM jet_participants", {}).rows.size() == 1);
    CHECK_NOTHROW(store->ingest(testCatalog(), goodDatasets(), "another digest"));
}

TEST_CASE("a query running past limits.query-seconds is stopped with S305", "[store][query][limits]") {
    auto store = goodStore();
    Limits limits;
    limits.maxQuerySeconds = 1;
    LimitsFor scope(limits);
    auto start = std::chrono::steady_clock::now();
    Diagnostic fault = faultOf([&] { store->query(kEndless, {}); });
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(fault.code == "S305");
    CHECK(fault.message.find("limits.query-seconds") != std::string::npos);
    CHECK(seconds < 5);
    CHECK(store->query("SELECT count(*) FROM events", {}).rows.size() == 1);
}

TEST_CASE("a query returning more than limits.query-rows rows is refused with S306", "[store][query][limits]") {
    auto store = goodStore();
    Limits limits;
    limits.maxQueryRows = 1000;
    LimitsFor scope(limits);
    const std::string rows = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT :count) SELECT x FROM n";
    CHECK(store->query(rows, {{":count", std::int64_t{1000}}}).rows.size() == 1000);
    Diagnostic fault = faultOf([&] { store->query(rows, {{":count", std::int64_t{1001}}}); });
    CHECK(fault.code == "S306");
    CHECK(fault.message.find("more than 1000 rows (limits.query-rows)") != std::string::npos);
}

TEST_CASE("a store path that is a folder is refused at once", "[store][open]") {
    brochure::testing::TempDir dir("store-is-a-folder");
    std::filesystem::create_directory(dir.file("store.sqlite"));
    auto start = std::chrono::steady_clock::now();
    Diagnostic fault = faultOf([&] { Store::open(dir.file("store.sqlite")); });
    CHECK(fault.code == "S100");
    CHECK(fault.message == "cannot open the store: it is a directory");
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 5);
}

TEST_CASE("findText gives the export file and line of the first row holding a text", "[store][provenance]") {
    auto store = Store::inMemory();
    store->ingest(testCatalog(), goodDatasets());
    auto origin = store->findText("Fai");  // events.xml, line 5: name="Fair"
    REQUIRE(origin);
    CHECK(origin->file.find("events.xml") != std::string::npos);
    CHECK(origin->line == 5);
    CHECK_FALSE(store->findText("no such text anywhere"));
}
