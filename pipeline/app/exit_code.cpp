#include "app/command.h"

#include <Poco/Util/Application.h>

namespace brochure::app {

int exitCodeFor(const Diagnostics& diagnostics, const RunOptions& options) {
    bool failed = diagnostics.hasErrors() || (options.werror && diagnostics.warningCount() > 0);
    return failed ? Poco::Util::Application::EXIT_DATAERR : Poco::Util::Application::EXIT_OK;
}

}  // namespace brochure::app
