#pragma once
// What every subcommand receives: resolved settings, the command-line switches that shape a
// run, and where diagnostics and progress go. Subcommands return a Poco Application::EXIT_* code.

#include "app/diagnostic_printer.h"
#include "app/settings.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace brochure::app {

struct RunOptions {
    std::optional<int> year;          // --year: another edition than build.year
    std::optional<std::string> country;  // --country: one handout only
    std::optional<std::string> layout;   // --layout: one layout's documents only
    bool werror = false;              // --werror: warnings fail the run
    bool requireFresh = false;        // --require-fresh: a dataset carried from an older edition is an error
    bool quiet = false;               // --quiet: one plain line per document, no live progress
    bool force = false;               // --force: rebuild outputs even when up to date
    bool profile = false;             // --profile: per-stage timings
    int jobs = 0;                     // --jobs: 0 = number of cores
    // --edition: only the screen or only the print editions; unset = every edition the layouts
    // declare (screen always, print where a layout has <print-edition>).
    std::optional<std::string> edition;
    bool cropMarks = false;           // --crop-marks: print editions get crop and registration marks
    DiagnosticFormat diagnostics = DiagnosticFormat::text;
    std::string diagnosticsFile;      // --diagnostics-file: diagnostics there instead of a stream
};

struct RunContext {
    Settings settings;
    RunOptions options;
    std::vector<std::string> arguments;  // positional arguments after the subcommand
    const DiagnosticPrinter& printer;
    std::ostream& out;                   // progress and summaries (stdout; stderr when stdout has JSON)
    bool liveProgress = false;           // `out` is a terminal that takes a self-rewriting line
};

// Exit code for a run whose diagnostics were collected (and printed) by the caller.
int exitCodeFor(const Diagnostics& diagnostics, const RunOptions& options);

int runCheck(const RunContext& context);
int runIngest(const RunContext& context);
int runBuild(const RunContext& context);
int runNewEdition(const RunContext& context);

}  // namespace brochure::app
