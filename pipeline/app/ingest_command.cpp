// brochure ingest [FILES|DIRS]: validate exports and load them into the store. Nothing is
// stored unless every file is valid; the store changes in one transaction.
#include "app/command.h"
#include "app/progress.h"
#include "app/project_inputs.h"

#include "store/store.h"

#include <Poco/Util/Application.h>

#include <filesystem>
#include <ostream>

namespace brochure::app {

int runIngest(const RunContext& context) {
    const Settings& settings = context.settings;
    std::vector<std::string> paths = context.arguments;
    if (paths.empty()) paths.push_back(settings.dataDir);

    Diagnostics diagnostics;
    DataInputs data = readData(settings.dataDir, paths, diagnostics);
    if (data.catalog && data.datasets.empty() && !diagnostics.hasErrors())
        diagnostics.error("A201", paths.front(), 0, 0, "no export found (exports are data/<year>/<dataset>.xml)");
    int code = exitCodeFor(diagnostics, context.options);
    if (code != Poco::Util::Application::EXIT_OK) {
        context.printer.printAll(diagnostics);
        return code;
    }
    try {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(settings.storePath).parent_path(), ec);
        auto store = store::Store::open(settings.storePath);
        auto stored = store->ingest(*data.catalog, data.datasets);
        for (const auto& removed : stored.removed) diagnostics.report(store::removalNote(removed));
    } catch (const FatalError& fatal) {
        diagnostics.report(fatal.diagnostic);
        context.printer.printAll(diagnostics);
        return Poco::Util::Application::EXIT_CANTCREAT;
    }
    context.printer.printAll(diagnostics);
    std::size_t rows = 0;
    for (const auto& dataset : data.datasets) rows += dataset.records.size();
    if (!context.options.quiet)
        context.out << "ingested " << countOf(rows, "row", "rows") << " from "
                    << countOf(data.datasets.size(), "export", "exports") << " into "
                    << settings.storePath << '\n';
    return Poco::Util::Application::EXIT_OK;
}

}  // namespace brochure::app
