#pragma once
// The planned outputs, checked before anything is built: each written by one document only,
// none named like a file the build owns, and none reached through a symbolic link inside the
// out folder (A405-A407, located at the layout's output attribute).

#include "app/document_plan.h"
#include "core/diagnostic.h"
#include "core/output_folder.h"

#include <vector>

namespace brochure::app {

// A406 an output named like a file the build owns, A407 an output written by two documents (or
// that is the folder of another's). `check` runs this too: it is a fault of the layouts.
void checkOutputNames(const std::vector<PlannedDocument>& documents, Diagnostics& diagnostics);

// A405 an output whose path in the out folder goes through a symbolic link (exit 73: the out
// folder, not the layouts, is at fault).
void checkOutputLinks(const std::vector<PlannedDocument>& documents, const OutputFolder& out, Diagnostics& diagnostics);

}  // namespace brochure::app
