#include "app/command.h"

#include <Poco/Util/Application.h>

#include <iostream>

namespace brochure::app {

int runIngest(const RunContext&) {
    std::cerr << "brochure: 'ingest' is not available yet\n";
    return Poco::Util::Application::EXIT_SOFTWARE;
}

}  // namespace brochure::app
