// brochure build: ingest the data folder into the store, then build every document of every
// layout (or one country's handout) into the out folder, skipping documents whose inputs did
// not change. Nothing is written unless every document was built without error; each file is
// written atomically, and out/manifest.json lists what is there.
#include "core/atomic_file.h"
#include "app/build_lock.h"
#include "app/character_places.h"
#include "app/command.h"
#include "app/document_builder.h"
#include "app/document_plan.h"
#include "app/fingerprint.h"
#include "app/manifest.h"
#include "app/parallel.h"
#include "app/progress.h"
#include "app/project_inputs.h"

#include "core/world.h"
#include "store/store.h"

#include <Poco/Util/Application.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <optional>
#include <ostream>
#include <set>
#include <unistd.h>

namespace brochure::app {

namespace fs = std::filesystem;
using App = Poco::Util::Application;

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool upToDate(const PlannedDocument& document, const std::map<std::string, ManifestEntry>& previous,
              const std::string& outDir) {
    auto it = previous.find(document.job.output);
    if (it == previous.end() || it->second.fingerprint != document.fingerprint) return false;
    std::error_code ec;
    auto size = fs::file_size(fs::path(outDir) / document.job.output, ec);
    return !ec && static_cast<long long>(size) == it->second.bytes;
}

// A build killed between writing a temporary file and renaming it leaves the temporary behind
// (never a partial PDF under the real name). We hold the lock, so no other build is writing one.
void removeStaleTemporaries(const std::string& outDir) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(outDir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && it->path().filename().string().find(".tmp-") != std::string::npos)
            fs::remove(it->path(), ec);
}

// Documents that share an input report its problem each: a damaged photo once for the screen
// edition and again for the print edition, a glyph missing from a handout heading twelve times.
// The user is told once.
void appendOnce(Diagnostics& into, const Diagnostics& from, std::set<std::string>& seen) {
    for (const Diagnostic& diagnostic : from.all())
        if (seen.insert(formatDiagnostic(diagnostic)).second) into.report(diagnostic);
}

ManifestEntry manifestEntry(const PlannedDocument& document, const BuiltDocument& built) {
    ManifestEntry entry;
    entry.path = document.job.output;
    entry.layout = fs::path(document.layout->file).filename().string();
    entry.pages = built.pages;
    entry.bytes = static_cast<long long>(built.pdf->size());
    entry.sha256 = sha256Hex(*built.pdf);
    entry.fingerprint = document.fingerprint;
    for (const auto& [name, value] : document.job.params)
        entry.parameters[name.rfind(':', 0) == 0 ? name.substr(1) : name] = toText(value);
    if (document.print) entry.parameters["edition"] = "print";
    return entry;
}

}  // namespace

int runBuild(const RunContext& context) {
    const auto wallStart = std::chrono::steady_clock::now();
    const Settings& settings = context.settings;
    const RunOptions& options = context.options;
    Profile profile;
    Diagnostics diagnostics;
    auto fail = [&](int code) {
        context.printer.printAll(diagnostics);
        return code;
    };

    BuildLock lock(settings.outDir);
    if (!lock.ok()) {
        diagnostics.error("A401", settings.outDir, 0, 0, lock.error());
        // Busy: try again later. Otherwise the out folder cannot be made or written.
        return fail(lock.busy() ? App::EXIT_TEMPFAIL : App::EXIT_CANTCREAT);
    }

    removeStaleTemporaries(settings.outDir);

    DataInputs data;
    std::vector<layoutdef::LayoutDef> layouts;
    std::unique_ptr<store::Store> store;
    std::optional<Diagnostic> storeFault;  // told only when the data is good: it is the lesser news
    {
        StageTimer timer(profile, Stage::ingest);
        // The layouts are read and the store opened beside the reading of the exports: the
        // second core is idle until documents are typeset. The exports stay on this thread: their
        // memory, freed once they are stored, is then reused by the build (freed on another
        // thread, it stayed in that thread's heap: 100,000 rows took 70 MB more).
        Diagnostics layoutDiagnostics;
        auto layoutsRead = std::async(std::launch::async, [&] {
            layouts = readLayouts(settings.layoutsDir, layoutDiagnostics, imageRoots(settings));
            try {
                std::error_code ec;
                fs::create_directories(fs::path(settings.storePath).parent_path(), ec);
                store = store::Store::open(settings.storePath);
            } catch (const FatalError& fatal) {
                storeFault = fatal.diagnostic;
            }
        });
        data = readData(settings.dataDir, {settings.dataDir}, diagnostics);  // data problems first
        layoutsRead.get();
        diagnostics.append(layoutDiagnostics);
    }
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK || !data.catalog) return fail(App::EXIT_DATAERR);
    if (storeFault) {
        diagnostics.report(*storeFault);
        return fail(App::EXIT_CANTCREAT);
    }

    try {
        StageTimer timer(profile, Stage::ingest);
        store->ingest(*data.catalog, data.datasets, dataDigest(settings.dataDir, data));
        // The rows are in the store now; the documents query them from there. Holding the parsed
        // exports through the build cost ~290 bytes a row at the build's peak.
        std::vector<ingest::Dataset>().swap(data.datasets);
    } catch (const FatalError& fatal) {
        diagnostics.report(fatal.diagnostic);
        return fail(App::EXIT_CANTCREAT);
    }

    openFontsAhead(settings.fontsDir);
    PlanRequest request{options.year.value_or(settings.year), options.country, settings.fontsDir, options.edition,
                        settings.print, options.layout};
    if (options.cropMarks) request.print.cropMarks = true;
    std::vector<PlannedDocument> planned;
    try {
        planned = planDocuments(layouts, *store, *data.catalog, request, diagnostics, profile);
    } catch (const FatalError& fatal) {
        diagnostics.report(fatal.diagnostic);
    }
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK)
        return fail((options.country || options.layout) && planned.empty() ? App::EXIT_USAGE : App::EXIT_DATAERR);

    const std::string manifestPath = (fs::path(settings.outDir) / "manifest.json").string();
    auto previous = readManifest(manifestPath);
    std::vector<std::size_t> toBuild;
    for (std::size_t i = 0; i < planned.size(); ++i)
        if (options.force || !upToDate(planned[i], previous, settings.outDir)) toBuild.push_back(i);

    const bool live = !options.quiet && ::isatty(STDOUT_FILENO) != 0;
    Progress progress(context.out, live, planned.size());
    std::vector<BuiltDocument> built(planned.size());
    std::vector<double> milliseconds(planned.size());
    const std::int64_t date = realWorld().now();
    runParallel(toBuild.size(), options.jobs > 0 ? options.jobs : defaultJobs(), [&](std::size_t n) {
        std::size_t i = toBuild[n];
        progress.started(planned[i].job.output);
        auto start = std::chrono::steady_clock::now();
        const std::string& layoutFile = planned[i].layout->file;
        built[i] = buildDocument(std::move(planned[i].content), settings.fontsDir, layoutFile, date, profile,
                                 render::RenderOptions{planned[i].print}, [&](std::string_view character) {
                                     return placeOfCharacter(*store, layoutFile, character);
                                 });
        milliseconds[i] = millisecondsSince(start);
    });
    std::set<std::string> reported;
    for (std::size_t i : toBuild) appendOnce(diagnostics, built[i].diagnostics, reported);
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK) return fail(App::EXIT_DATAERR);

    // Everything built: now, and only now, write.
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const auto& document = planned[i];
        bool skipped = !built[i].pdf.has_value();
        if (!skipped) {
            StageTimer timer(profile, Stage::write);
            std::string error;
            if (!writeFileAtomically((fs::path(settings.outDir) / document.job.output).string(), *built[i].pdf, error)) {
                diagnostics.error("A402", settings.outDir, 0, 0, error);
                return fail(App::EXIT_CANTCREAT);
            }
            previous[document.job.output] = manifestEntry(document, built[i]);
        }
        const auto& entry = previous[document.job.output];
        progress.finished({document.job.output, entry.pages, entry.bytes, milliseconds[i], skipped});
    }
    std::vector<ManifestEntry> entries;
    for (auto& [path, entry] : previous)
        if (fs::exists(fs::path(settings.outDir) / path)) entries.push_back(std::move(entry));
    if (std::string error; !writeManifest(manifestPath, std::move(entries), error)) {
        diagnostics.error("A403", manifestPath, 0, 0, error);
        return fail(App::EXIT_CANTCREAT);
    }

    context.printer.printAll(diagnostics);
    double wall = millisecondsSince(wallStart);
    progress.summary(wall);
    if (options.profile) profile.print(context.out, wall);
    return App::EXIT_OK;
}

}  // namespace brochure::app
