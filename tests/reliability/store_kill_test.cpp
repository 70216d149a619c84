// An ingest (or a build, which ingests first) killed with SIGKILL at any moment leaves the
// store consistent: SQLite's integrity check passes and the store holds either exactly what it
// held before or exactly the new data, never a mix (WAL mode, one transaction per ingest).

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include <signal.h>
#include <unistd.h>

#include "project_copy.h"
#include "spawn.h"
#include "store_dump.h"

using namespace brochure::testing;
namespace fs = std::filesystem;

namespace {

// A jet-participants export of `rows` rows (repeated countries are only D300 warnings), so that
// an ingest runs long enough to be killed in the middle of its transaction.
std::string largeExport(int rows) {
    const char* countries[] = {"Singapore", "Indonesia", "Philippines", "Malaysia", "Thailand", "Vietnam"};
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export dataset=\"jet-participants\" year=\"2025\">\n";
    for (int i = 0; i < rows; ++i)
        xml += "  <row fiscal-year=\"2024\" country=\"" + std::string(countries[i % 6]) + "\" alt=\"" + std::to_string(i) +
               "\" cir=\"" + std::to_string(i % 97) + "\" sea=\"0\"/>\n";
    return xml + "</export>\n";
}

void removeStore(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

struct Snapshot {
    StoreDump before, after;  // the store as ingested from the original data, and from the new data
};

void runKills(const ProjectCopy& project, const std::vector<std::string>& command, const Snapshot& states,
              const std::string& store, const std::string& pristine, double fullRunMs) {
    int killedMidway = 0, sawBefore = 0, sawAfter = 0;
    // Kill at 0%, 5%, ... 150% of a full run's duration: early (start-up, reading), during the
    // transaction, during the commit, and after the end (a run that finished, for comparison).
    for (int percent = 0; percent <= 150; percent += 5) {
        removeStore(store);
        fs::copy_file(pristine, store);
        std::vector<std::string> args = {"-D", "paths.data=" + project.data(), "-D", "paths.layouts=" + project.layouts(),
                                         "-D", "paths.out=" + project.out(), "-D", "paths.store=" + store, "--quiet"};
        args.insert(args.end(), command.begin(), command.end());
        pid_t pid = spawnBrochure(args);
        ::usleep(static_cast<useconds_t>(fullRunMs * percent / 100 * 1000));
        ::kill(pid, SIGKILL);
        ChildEnd end = waitChild(pid);
        if (end.signal == SIGKILL) ++killedMidway;

        StoreDump now = dumpStore(store);
        INFO(command.back() << " killed at " << percent << "% of a full run");
        CHECK(now.integrity == "ok");
        bool isBefore = now.rows == states.before.rows, isAfter = now.rows == states.after.rows;
        CHECK((isBefore || isAfter));
        sawBefore += isBefore;
        sawAfter += isAfter;
    }
    // The kills did land while the program ran, and both outcomes were seen.
    CHECK(killedMidway >= 5);
    CHECK(sawBefore >= 1);
    CHECK(sawAfter >= 1);
}

double millisecondsOf(const std::function<void()>& run) {
    auto start = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("an ingest or build killed at any moment leaves the store as it was or fully updated", "[store][kill]") {
    ProjectCopy project("store-kill");
    const std::string store = project.dir() + "/store.sqlite", pristine = project.dir() + "/pristine.sqlite",
                      finished = project.dir() + "/finished.sqlite";
    auto ingestInto = [&](const std::string& path) {
        return project.run({"-D", "paths.store=" + path, "--quiet", "ingest"});
    };
    // The store as the original data leaves it, closed cleanly (no write-ahead log left).
    REQUIRE(ingestInto(pristine).exitCode == 0);
    REQUIRE_FALSE(fs::exists(pristine + "-wal"));
    Snapshot states;
    states.before = dumpStore(pristine);
    REQUIRE(states.before.integrity == "ok");

    writeFile(project.data() + "/2025/jet-participants.xml", largeExport(20000));
    fs::copy_file(pristine, finished);
    double fullIngestMs = millisecondsOf([&] { REQUIRE(ingestInto(finished).exitCode == 0); });
    states.after = dumpStore(finished);
    REQUIRE(states.after.integrity == "ok");
    REQUIRE(states.after.rows != states.before.rows);

    SECTION("ingest") { runKills(project, {"ingest"}, states, store, pristine, fullIngestMs); }
    SECTION("build") {
        // A build ingests, then typesets: only the first part of its run matters to the store.
        fs::copy_file(pristine, store);
        double fullBuildMs = millisecondsOf([&] {
            REQUIRE(project.run({"-D", "paths.store=" + store, "--quiet", "build", "--country", "Singapore"}).exitCode == 0);
        });
        runKills(project, {"build", "--country", "Singapore"}, states, store, pristine, std::min(fullBuildMs, 3 * fullIngestMs));
    }
}
