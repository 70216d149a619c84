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

// The store as the original data left it, and as a completed run of the command leaves it with
// the new data (a build also records the data's digest, so its "after" differs from an ingest's).
struct Snapshot {
    StoreDump before, after;
};

std::vector<std::string> brochureArgs(const ProjectCopy& project, const std::string& store,
                                      const std::vector<std::string>& command) {
    std::vector<std::string> args = {"-D", "paths.data=" + project.data(), "-D", "paths.layouts=" + project.layouts(),
                                     "-D", "paths.out=" + project.out(), "-D", "paths.store=" + store, "--quiet"};
    args.insert(args.end(), command.begin(), command.end());
    return args;
}

void restore(const std::string& store, const std::string& pristine) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(store + suffix);
    fs::copy_file(pristine, store);
}

// Kills `command` at 0%, 5%, ... 150% of a complete run's duration (early: start-up and reading;
// then the transaction, the commit, and after the end for comparison), each time from the
// pristine store, and checks the store after each kill. On a machine busier than during the
// timed run, the kills go on (up to 400%) until one comes after the end.
void runKills(const ProjectCopy& project, const std::vector<std::string>& command, const Snapshot& states,
              const std::string& store, const std::string& pristine, double fullRunMs) {
    int killedMidway = 0, sawBefore = 0, sawAfter = 0;
    for (int percent = 0; percent <= 150 || (sawAfter == 0 && percent <= 400); percent += 5) {
        restore(store, pristine);
        pid_t pid = spawnBrochure(brochureArgs(project, store, command));
        ::usleep(static_cast<useconds_t>(fullRunMs * percent / 100 * 1000));
        ::kill(pid, SIGKILL);
        ChildEnd end = waitChild(pid);
        if (end.signal == SIGKILL) ++killedMidway;

        StoreDump now = dumpStore(store);
        INFO(command.front() << " killed at " << percent << "% of a full run");
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

// Runs `command` to completion on a copy of the pristine store: its duration and the store it leaves.
double completeRun(const ProjectCopy& project, const std::vector<std::string>& command, const std::string& pristine,
                   StoreDump& after) {
    const std::string finished = project.dir() + "/finished.sqlite";
    restore(finished, pristine);
    auto start = std::chrono::steady_clock::now();
    ChildEnd end = waitChild(spawnBrochure(brochureArgs(project, finished, command)));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(end.exitCode == 0);
    after = dumpStore(finished);
    REQUIRE(after.integrity == "ok");
    return ms;
}

}  // namespace

TEST_CASE("an ingest or build killed at any moment leaves the store as it was or fully updated", "[store][kill]") {
    ProjectCopy project("store-kill");
    const std::string store = project.dir() + "/store.sqlite", pristine = project.dir() + "/pristine.sqlite";
    // The store as the original data leaves it, closed cleanly (no write-ahead log left).
    REQUIRE(project.run({"-D", "paths.store=" + pristine, "--quiet", "ingest"}).exitCode == 0);
    REQUIRE_FALSE(fs::exists(pristine + "-wal"));
    Snapshot states;
    states.before = dumpStore(pristine);
    REQUIRE(states.before.integrity == "ok");

    writeFile(project.data() + "/2025/jet-participants.xml", largeExport(20000));
    SECTION("ingest") {
        double ms = completeRun(project, {"ingest"}, pristine, states.after);
        REQUIRE(states.after.rows != states.before.rows);
        runKills(project, {"ingest"}, states, store, pristine, ms);
    }
    SECTION("build") {
        // A build ingests, then typesets: only the first part of its run matters to the store.
        const std::vector<std::string> build = {"build", "--country", "Singapore"};
        double ms = completeRun(project, build, pristine, states.after);
        REQUIRE(states.after.rows != states.before.rows);
        runKills(project, build, states, store, pristine, ms);
    }
}
