#include "core/accepted_warnings.h"
#include "core/diagnostic.h"

#include <catch2/catch.hpp>

using namespace brochure;

TEST_CASE("a diagnostic prints as file:line:column: severity[CODE]: message") {
    Diagnostic d{Severity::error, "D104", "data/2025/jet.xml", 14, 7,
                 "'cir' must be a whole number, got \"8a\"", {}};
    CHECK(formatDiagnostic(d) ==
          "data/2025/jet.xml:14:7: error[D104]: 'cir' must be a whole number, got \"8a\"");
}

TEST_CASE("a hint follows the message on its own line") {
    Diagnostic d{Severity::warning, "D201", "a.xml", 3, 1, "unknown country 'Philipines'",
                 "did you mean 'Philippines'?"};
    CHECK(formatDiagnostic(d) ==
          "a.xml:3:1: warning[D201]: unknown country 'Philipines'\n  hint: did you mean 'Philippines'?");
}

TEST_CASE("the collector counts errors and warnings separately") {
    Diagnostics all;
    all.warning("D300", "a.xml", 1, 1, "duplicate row");
    CHECK_FALSE(all.hasErrors());
    all.error("D104", "a.xml", 2, 1, "bad count");
    CHECK(all.hasErrors());
    CHECK(all.errorCount() == 1);
    CHECK(all.warningCount() == 1);
    CHECK(all.all().size() == 2);
}

TEST_CASE("an accepted warning is reported as a note that says so, and counts as no warning") {
    auto entry = [](const char* text) {
        auto parsed = brochure::parseAcceptedWarning(text);
        REQUIRE(parsed);
        return *parsed;
    };
    CHECK_FALSE(brochure::parseAcceptedWarning("travel-fairs"));
    CHECK_FALSE(brochure::parseAcceptedWarning("D30@a.xml"));
    CHECK_FALSE(brochure::parseAcceptedWarning("D300@"));
    CHECK(entry("D300@data/2025/travel-fairs.xml:11").line == 11);
    CHECK(entry("D300@data/2025/travel-fairs.xml:11").file == "data/2025/travel-fairs.xml");

    brochure::setAcceptedWarnings({entry("D300@data/2025/travel-fairs.xml:11"), entry("R210@data/images"), entry("T004")});
    Diagnostics all;
    all.warning("D300", "/p/data/2025/travel-fairs.xml", 11, 3, "duplicate row");  // accepted, whatever the folder's name
    all.warning("D300", "/p/data/2025/travel-fairs.xml", 12, 3, "duplicate row");  // another line: still a warning
    all.warning("D300", "/p/data/2025/not-travel-fairs.xml", 11, 3, "duplicate row");  // a name that only ends alike
    all.warning("R210", "data/images/a.jpg", 0, 0, "192 ppi");                         // anything in the folder
    all.warning("T004", "fonts/ipaexg.ttf", 0, 0, "synthesized bold");                 // the code anywhere
    all.error("D300", "/p/data/2025/travel-fairs.xml", 11, 3, "an error is never accepted");
    brochure::setAcceptedWarnings({});

    CHECK(all.warningCount() == 2);
    CHECK(all.errorCount() == 1);
    CHECK(all.all()[0].severity == brochure::Severity::note);
    CHECK(all.all()[0].message == "duplicate row (accepted: diagnostics.accept = D300@data/2025/travel-fairs.xml:11)");
    CHECK(all.all()[1].severity == brochure::Severity::warning);
    CHECK(all.all()[2].severity == brochure::Severity::warning);
    CHECK(all.all()[3].severity == brochure::Severity::note);
    CHECK(all.all()[4].severity == brochure::Severity::note);
}
