#include "project_store.h"

#include "ingest/ingest.h"

namespace brochure::test {

std::unique_ptr<ProjectStore> ingestProject(const std::vector<std::string>& folders) {
    auto project = std::make_unique<ProjectStore>();
    project->store = store::Store::inMemory();
    auto catalog = ingest::loadCatalog(BROCHURE_SOURCE_DIR "/data", project->diagnostics);
    if (!catalog) return project;
    auto datasets = ingest::readExports(*catalog, folders, project->diagnostics);
    if (project->diagnostics.hasErrors()) return project;
    try {
        project->store->ingest(*catalog, datasets);
    } catch (const FatalError& fault) {
        project->diagnostics.report(fault.diagnostic);
    }
    return project;
}

const ProjectStore& edition2025() {
    static const auto project = ingestProject({BROCHURE_SOURCE_DIR "/data"});
    return *project;
}

}  // namespace brochure::test
