// The example of docs/layouts.md, taken out of the document itself, builds into a Document.

#include "bind/bind.h"
#include "content_text.h"
#include "core/world.h"
#include "layoutdef/reader.h"
#include "project_store.h"

#include <catch2/catch.hpp>

using namespace brochure;

TEST_CASE("the example in docs/layouts.md builds against the 2025 data", "[docs]") {
    auto doc = realWorld().readFile(BROCHURE_SOURCE_DIR "/docs/layouts.md");
    REQUIRE(doc.ok());
    auto begin = doc.bytes.find("<!-- example:begin -->\n```xml\n");
    auto end = doc.bytes.find("```\n<!-- example:end -->");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    begin = doc.bytes.find("```xml\n", begin) + 7;
    std::string example = doc.bytes.substr(begin, end - begin);

    Diagnostics diagnostics;
    auto layout = layoutdef::parseLayout(example, "docs/layouts.md", diagnostics);
    REQUIRE(layout);
    const auto& project = test::edition2025();
    REQUIRE_FALSE(project.diagnostics.hasErrors());
    auto jobs = bind::plan(*layout, *project.store, {{":year", std::int64_t{2025}}}, diagnostics);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].output == "jet-2025.pdf");
    auto document = bind::bind(*layout, *project.store, jobs[0].params, diagnostics);
    for (const auto& d : diagnostics.all()) FAIL_CHECK(formatDiagnostic(d));

    std::string text = test::contentText(document);
    CHECK(text.find("heading1 #jet-participants-in-the-region: JET participants in the region") != std::string::npos);
    CHECK(text.find("paragraph: 【Objective】") != std::string::npos);
    CHECK(text.find("paragraph: 385 of the 447 participants teach languages as ALTs.") != std::string::npos);
    CHECK(text.find("H | Country ^2 | Participants <3> | Total ^2") != std::string::npos);
    CHECK(text.find("T | Total | 385 | 60 | 2 | 447") != std::string::npos);
    CHECK(text.find("chart Participants by country: Philippines=339") != std::string::npos);
    REQUIRE(document.masters.size() == 1);
    CHECK(document.masters[0].footer.at(0).text == "{page} / {pages}");
}
