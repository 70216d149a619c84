#include <catch2/catch.hpp>
#include <iostream>

#include "frame/trace.h"
#include "typeset_fixture.h"

using namespace brochure;
using namespace brochure::typeset::test;

TEST_CASE("smoke: a heading, a paragraph and a table typeset into pages") {
    Diagnostics diagnostics;
    auto doc = document({heading("Main Activities", "main"),
                         paragraph("J.CLAIR Singapore was set up in October 1990 and conducts activities in the 10 ASEAN "
                                   "countries (Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, "
                                   "Singapore, Thailand, Vietnam), India as well as Sri Lanka. Hà Nội 日本語のテキスト。"),
                         table("jet", 5, 3)});
    frame::Document out = run(doc, diagnostics);
    std::cout << frame::traceText(out);
    for (auto& d : diagnostics.all()) std::cout << formatDiagnostic(d) << "\n";
    CHECK(out.pages.size() == 1);
}
