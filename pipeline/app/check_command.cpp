// brochure check: validate every export and layout, and resolve every query and image of every
// document, in a private in-memory store. Writes nothing but diagnostics.
#include "app/command.h"
#include "app/content_images.h"
#include "app/document_plan.h"
#include "app/output_checks.h"
#include "app/progress.h"
#include "app/project_inputs.h"

#include "image/image.h"
#include "store/store.h"

#include <Poco/Util/Application.h>

#include <ostream>
#include <set>

namespace brochure::app {

int runCheck(const RunContext& context) {
    const Settings& settings = context.settings;
    Diagnostics diagnostics;
    DataInputs data = readData(settings.dataDir, {settings.dataDir}, diagnostics);
    const int year = context.options.year.value_or(settings.year);
    reportEdition(data, year, context.options.requireFresh, diagnostics);
    auto layouts = readLayouts(settings.layoutsDir, diagnostics, imageRoots(settings));

    std::size_t documents = 0;
    if (!diagnostics.hasErrors() && data.catalog) {
        try {
            auto store = store::Store::inMemory();
            store->ingest(*data.catalog, data.datasets);
            Profile profile;
            PlanRequest request{year, context.options.country, settings.fontsDir,
                                context.options.edition, settings.print, context.options.layout};
            auto planned = planDocuments(layouts, *store, *data.catalog, request, diagnostics, profile);
            documents = planned.size();
            checkOutputNames(planned, diagnostics);
            std::set<std::string> images;
            for (const auto& document : planned)
                for (const auto& path : imagePaths(document.content)) images.insert(path);
            for (const auto& path : images) image::probe(path, diagnostics);
        } catch (const FatalError& fatal) {
            diagnostics.report(fatal.diagnostic);
        }
    }
    context.printer.printAll(diagnostics);
    int code = exitCodeFor(diagnostics, context.options);
    if (!context.options.quiet)
        context.out << "checked " << countOf(data.datasets.size(), "export", "exports") << ", "
                    << countOf(layouts.size(), "layout", "layouts") << ", " << countOf(documents, "document", "documents")
                    << ": " << countOf(diagnostics.errorCount(), "error", "errors") << ", "
                    << countOf(diagnostics.warningCount(), "warning", "warnings") << '\n';
    return code;
}

}  // namespace brochure::app
