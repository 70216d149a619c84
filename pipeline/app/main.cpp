// Entry point: every failure becomes a message and an exit code, never an abort.
#include "app/brochure_app.h"

#include <Poco/Exception.h>

#include <iostream>

int main(int argc, char** argv) {
    brochure::app::BrochureApp app;
    try {
        app.init(argc, argv);
    } catch (const Poco::Exception& e) {
        std::cerr << "brochure: " << e.displayText() << " (see brochure --help)\n";
        return Poco::Util::Application::EXIT_USAGE;
    }
    try {
        return app.run();
    } catch (const std::exception& e) {
        std::cerr << "brochure: internal error[I001]: " << e.what() << '\n';
        return Poco::Util::Application::EXIT_SOFTWARE;
    }
}
