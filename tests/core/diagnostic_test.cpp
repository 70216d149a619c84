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
