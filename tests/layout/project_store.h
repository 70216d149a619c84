#pragma once
// The project's real data (data/ and optionally more export folders) ingested into an in-memory
// store, for binding the real layouts in tests.

#include "core/diagnostic.h"
#include "store/store.h"

#include <memory>
#include <string>
#include <vector>

namespace brochure::test {

struct ProjectStore {
    Diagnostics diagnostics;              // of the ingest: must hold no errors
    std::unique_ptr<store::Store> store;
};

// `folders` are export folders or files as `brochure ingest` takes them.
std::unique_ptr<ProjectStore> ingestProject(const std::vector<std::string>& folders);

// data/ (the 2025 edition), ingested once per test run.
const ProjectStore& edition2025();

}  // namespace brochure::test
