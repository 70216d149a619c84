#include "app/document_plan.h"

#include "app/content_images.h"
#include "app/fingerprint.h"
#include "app/fingerprinting_source.h"
#include "app/font_check.h"
#include "core/world.h"
#include "core/spelling.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace brochure::app {

namespace fs = std::filesystem;

namespace {

// Fonts are large (IPAex Gothic is 6 MB): they enter fingerprints by name, size and
// modification time rather than by content, computed once per build.
std::string fontsSignature(const std::string& fontsDir) {
    std::vector<std::string> entries;
    std::error_code ec;
    for (fs::directory_iterator it(fontsDir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        auto time = fs::last_write_time(it->path(), ec).time_since_epoch().count();
        entries.push_back(it->path().filename().string() + ' ' + std::to_string(it->file_size(ec)) + ' ' +
                          std::to_string(time));
    }
    std::sort(entries.begin(), entries.end());
    std::string signature;
    for (const auto& entry : entries) signature += entry + '\n';
    return signature;
}

std::string paramText(const Value& value) { return toText(value); }

// The print edition of a bound screen document: same content, its own output, and a fingerprint
// that adds the print settings (and the output profile) to the screen edition's.
PlannedDocument printEditionOf(const PlannedDocument& screen, const render::PrintEdition& edition) {
    PlannedDocument print;
    print.layout = screen.layout;
    print.job = screen.job;
    print.job.output = screen.job.print->output;
    print.content = screen.content;
    print.print = edition;
    Fingerprint fingerprint;
    fingerprint.add("screen edition", screen.fingerprint);
    fingerprint.add("print edition", printSignature(edition));
    fingerprint.add("output profile", edition.outputProfile);
    print.fingerprint = fingerprint.finish();
    return print;
}

}  // namespace

std::vector<PlannedDocument> planDocuments(const std::vector<layoutdef::LayoutDef>& layouts,
                                           const QuerySource& store, const ingest::Catalog& catalog,
                                           const PlanRequest& request, Diagnostics& diagnostics, Profile& profile) {
    std::optional<std::string> country;
    if (request.country) {
        const ingest::Country* match = catalog.country(*request.country);
        if (!match) {
            for (const auto& c : catalog.countries)
                if (c.slug == *request.country) match = &c;
        }
        if (!match) {
            diagnostics.error("A301", {}, 0, 0, "unknown country '" + *request.country + "' for --country",
                              didYouMeanHint(*request.country, catalog.countrySpellings()));
            return {};
        }
        country = match->name;
    }

    std::vector<std::string> layoutNames;
    for (const auto& layout : layouts) layoutNames.push_back(fs::path(layout.file).stem().string());
    if (request.layout && std::find(layoutNames.begin(), layoutNames.end(), *request.layout) == layoutNames.end()) {
        diagnostics.error("A304", {}, 0, 0, "no layout '" + *request.layout + "' for --layout",
                          didYouMeanHint(*request.layout, layoutNames));
        return {};
    }

    checkLayoutFonts(layouts, request.fontsDir, diagnostics);  // its errors stop the build before typesetting
    const std::string fonts = fontsSignature(request.fontsDir);
    std::vector<PlannedDocument> documents;
    std::optional<std::string> outputProfile;  // read when the first print edition needs it
    const bool screenWanted = request.edition.value_or("screen") == "screen" || !request.edition;
    const bool printWanted = request.edition.value_or("print") == "print";
    for (std::size_t l = 0; l < layouts.size(); ++l) {
        const auto& layout = layouts[l];
        if (request.layout && layoutNames[l] != *request.layout) continue;
        std::vector<bind::DocumentJob> jobs;
        {
            StageTimer timer(profile, Stage::bind);
            jobs = bind::plan(layout, store, {{":year", Value{std::int64_t{request.year}}}}, diagnostics);
        }
        for (auto& job : jobs) {
            if (country) {
                auto it = job.params.find(":country");
                if (it == job.params.end() || paramText(it->second) != *country) continue;
            }
            PlannedDocument document;
            document.layout = &layout;
            Fingerprint fingerprint;
            fingerprint.add("program", programIdentity());
            fingerprint.add("layout", realWorld().readFile(layout.file).bytes);
            fingerprint.add("fonts", fonts);
            for (const auto& [name, value] : job.params) fingerprint.add(name, paramText(value));
            {
                FingerprintingSource source(store, fingerprint);
                auto start = std::chrono::steady_clock::now();
                document.content = bind::bind(layout, source, job.params, diagnostics);
                auto total = std::chrono::steady_clock::now() - start;
                profile.add(Stage::query, source.queryTime());
                profile.add(Stage::bind, std::chrono::duration_cast<std::chrono::nanoseconds>(total) - source.queryTime());
            }
            for (const auto& path : imagePaths(document.content))
                fingerprint.add("image", fs::path(path).filename().string() + '\n' + realWorld().readFile(path).bytes);
            document.fingerprint = fingerprint.finish();
            document.job = std::move(job);
            if (printWanted && document.job.print) {
                if (!outputProfile) outputProfile = loadOutputProfile(request.print, diagnostics);
                if (!outputProfile) return {};
                documents.push_back(printEditionOf(document, printEdition(*document.job.print, request.print, *outputProfile)));
            }
            if (screenWanted) documents.push_back(std::move(document));
        }
    }
    const std::string printHint = "only layouts with <print-edition> have a print edition (docs/print.md)";
    if (country && documents.empty())
        diagnostics.error("A302", {}, 0, 0,
                          "no layout makes a " + std::string(printWanted && !screenWanted ? "print edition" : "document") +
                              " for country '" + *country + "'",
                          printWanted && !screenWanted ? printHint : std::string());
    else if (documents.empty() && printWanted && !screenWanted)
        diagnostics.warning("A303", {}, 0, 0, "--edition print: no layout declares a print edition", printHint);
    return documents;
}

}  // namespace brochure::app
