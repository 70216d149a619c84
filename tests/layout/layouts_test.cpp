// The real layouts (layouts/brochure.xml, layouts/handout.xml) bound against the real data.

#include "bind/bind.h"
#include "content_text.h"
#include "layoutdef/reader.h"
#include "project_store.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

using namespace brochure;

namespace {

std::string allMessages(const Diagnostics& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics.all()) text += formatDiagnostic(d) + "\n";
    return text;
}

layoutdef::LayoutDef readReal(const std::string& name) {
    Diagnostics diagnostics;
    auto layout = layoutdef::readLayout(BROCHURE_SOURCE_DIR "/layouts/" + name, diagnostics);
    INFO(allMessages(diagnostics));
    REQUIRE(layout);
    REQUIRE(diagnostics.all().empty());
    return *layout;
}

std::string bindText(const layoutdef::LayoutDef& layout, const QuerySource& source, const Params& params,
                     Diagnostics& diagnostics) {
    std::string text = test::contentText(bind::bind(layout, source, params, diagnostics));
    if (std::getenv("BROCHURE_DUMP_CONTENT")) std::cout << text;
    return text;
}

}  // namespace

TEST_CASE("the brochure binds against the 2025 data without diagnostics", "[layouts]") {
    const auto& project = test::edition2025();
    INFO(allMessages(project.diagnostics));
    REQUIRE_FALSE(project.diagnostics.hasErrors());
    auto layout = readReal("brochure.xml");
    Diagnostics diagnostics;
    auto jobs = bind::plan(layout, *project.store, {{":year", std::int64_t{2025}}}, diagnostics);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].output == "activities-2025.pdf");
    CHECK(jobs[0].title == "Our Activities 2025");
    std::string text = bindText(layout, *project.store, jobs[0].params, diagnostics);
    INFO(allMessages(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(text.find("Our office consists of 20 staff dispatched from Japan and 5 local staff.") != std::string::npos);
}
