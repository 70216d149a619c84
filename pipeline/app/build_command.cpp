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
#include "app/output_checks.h"
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

namespace brochure::app {

namespace fs = std::filesystem;
using App = Poco::Util::Application;

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool upToDate(const PlannedDocument& document, const std::map<std::string, ManifestEntry>& previous,
              const OutputFolder& out) {
    auto it = previous.find(document.job.output);
    if (it == previous.end() || it->second.fingerprint != document.fingerprint) return false;
    return out.regularFileSize(document.job.output) == it->second.bytes;
}

// Documents that share an input report its problem each: a damaged photo once for the screen
// edition and again for the print edition, a glyph missing from a handout heading twelve times.
// The user is told once.
void appendOnce(Diagnostics& into, const Diagnostics& from, std::set<std::string>& seen) {
    for (const Diagnostic& diagnostic : from.all())
        if (seen.insert(formatDiagnostic(diagnostic)).second) into.report(diagnostic);
}

// Editions never overwrite each other: an output the manifest records for another year is
// refused (A408) before anything is built, so a layout whose output name lacks {year} cannot
// replace last year's PDF with this year's.
void refuseOtherEditions(const std::vector<PlannedDocument>& planned, const std::map<std::string, ManifestEntry>& previous,
                         int year, Diagnostics& diagnostics) {
    for (const auto& document : planned) {
        auto it = previous.find(document.job.output);
        if (it == previous.end() || it->second.year == 0 || it->second.year == year) continue;
        diagnostics.error("A408", document.layout->file, 0, 0,
                          "building the " + std::to_string(year) + " edition would overwrite " + document.job.output +
                              ", the " + std::to_string(it->second.year) + " edition",
                          "put {year} in the layout's output name, e.g. output=\"handouts/{year}/{slug}.pdf\"");
    }
}

ManifestEntry manifestEntry(const PlannedDocument& document, const BuiltDocument& built, int year,
                            const std::map<std::string, std::string>& inputs) {
    ManifestEntry entry;
    entry.path = document.job.output;
    entry.layout = fs::path(document.layout->file).filename().string();
    entry.year = year;
    entry.inputs = inputs;
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
    Progress progress(context.out, context.liveProgress);
    auto fail = [&](int code) {
        progress.clear();
        context.printer.printAll(diagnostics);
        return code;
    };

    std::string outError;
    const std::optional<OutputFolder> out = OutputFolder::open(settings.outDir, outError);
    if (!out) {
        diagnostics.error("A401", settings.outDir, 0, 0, outError);
        return fail(App::EXIT_CANTCREAT);
    }
    BuildLock lock(*out);
    if (!lock.ok()) {
        diagnostics.error("A401", settings.outDir, 0, 0, lock.error());
        // Busy: try again later. Otherwise the out folder cannot be made or written.
        return fail(lock.busy() ? App::EXIT_TEMPFAIL : App::EXIT_CANTCREAT);
    }

    const int year = options.year.value_or(settings.year);
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
        reportEdition(data, year, options.requireFresh, diagnostics);
        layoutsRead.get();
        diagnostics.append(layoutDiagnostics);
    }
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK || !data.catalog) return fail(App::EXIT_DATAERR);
    if (storeFault) {
        diagnostics.report(*storeFault);
        return fail(App::EXIT_CANTCREAT);
    }

    const auto inputs = editionInputs(settings.dataDir, data, year);
    try {
        StageTimer timer(profile, Stage::ingest);
        auto stored = store->ingest(*data.catalog, data.datasets, dataDigest(settings.dataDir, data));
        for (const auto& removed : stored.removed) diagnostics.report(store::removalNote(removed));
        // The rows are in the store now; the documents query them from there. Holding the parsed
        // exports through the build cost ~290 bytes a row at the build's peak.
        std::vector<ingest::Dataset>().swap(data.datasets);
    } catch (const FatalError& fatal) {
        diagnostics.report(fatal.diagnostic);
        return fail(App::EXIT_CANTCREAT);
    }

    openFontsAhead(settings.fontsDir);
    PlanRequest request{year, options.country, settings.fontsDir, options.edition,
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
    checkOutputNames(planned, diagnostics);
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK) return fail(App::EXIT_DATAERR);
    checkOutputLinks(planned, *out, diagnostics);
    if (diagnostics.hasErrors()) return fail(App::EXIT_CANTCREAT);

    // A build killed between writing its temporaries and renaming them leaves them behind (never
    // a partial PDF under the real name). We hold the lock, so no other build is writing any;
    // only the build's own temporaries, in the folders it writes, are removed.
    removeStaleTemporaries(*out, kManifestName);
    for (const auto& document : planned) removeStaleTemporaries(*out, document.job.output);

    auto previous = readManifest(*out);
    refuseOtherEditions(planned, previous, year, diagnostics);
    if (diagnostics.hasErrors()) return fail(App::EXIT_CANTCREAT);
    std::vector<std::size_t> toBuild;
    for (std::size_t i = 0; i < planned.size(); ++i)
        if (options.force || !upToDate(planned[i], previous, *out)) toBuild.push_back(i);

    progress.setTotal(planned.size());
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
        progress.building(planned[i].job.output, true);
    });
    std::set<std::string> reported;
    for (std::size_t i : toBuild) appendOnce(diagnostics, built[i].diagnostics, reported);
    if (exitCodeFor(diagnostics, options) != App::EXIT_OK) return fail(App::EXIT_DATAERR);

    // Everything built: now, and only now, write, as one set: every new PDF to a temporary beside
    // its target, then all renamed into place, then the manifest. A failure before the renames
    // leaves every output and the manifest as they were (and removes this run's temporaries).
    StagedFiles files(*out);
    std::set<std::string> written;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (!built[i].pdf) continue;
        StageTimer timer(profile, Stage::write);
        std::string error;
        if (!files.stage(planned[i].job.output, *built[i].pdf, error)) {
            diagnostics.error("A402", settings.outDir, 0, 0, error);
            return fail(App::EXIT_CANTCREAT);
        }
        previous[planned[i].job.output] = manifestEntry(planned[i], built[i], year, inputs);
        written.insert(planned[i].job.output);
    }
    std::vector<ManifestEntry> entries;
    for (const auto& [path, entry] : previous)
        if (written.count(path) || out->regularFileSize(path)) entries.push_back(entry);
    if (std::string error; !files.stage(kManifestName, manifestJson(std::move(entries)), error) || !files.commit(error)) {
        diagnostics.error("A402", settings.outDir, 0, 0, error);
        return fail(App::EXIT_CANTCREAT);
    }
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const auto& entry = previous[planned[i].job.output];
        progress.finished({planned[i].job.output, entry.pages, entry.bytes, milliseconds[i], !built[i].pdf.has_value()});
    }

    progress.clear();
    context.printer.printAll(diagnostics);
    double wall = millisecondsSince(wallStart);
    progress.summary(wall);
    if (options.profile) profile.print(context.out, wall);
    return App::EXIT_OK;
}

}  // namespace brochure::app
