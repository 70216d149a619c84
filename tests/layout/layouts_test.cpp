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

TEST_CASE("the brochure holds the reference's tables, photos and QR codes in order", "[layouts]") {
    const auto& project = test::edition2025();
    REQUIRE_FALSE(project.diagnostics.hasErrors());
    auto layout = readReal("brochure.xml");
    Diagnostics diagnostics;
    std::string text = bindText(layout, *project.store, {{":year", std::int64_t{2025}}}, diagnostics);
    // In the reference's order: each marker must come after the previous one.
    const std::vector<std::string> markers = {
        "toc Contents",
        "heading1 #main-activities-heading: Main Activities",
        "B | Deputy Director | 14 | Tochigi",
        "【Participants Receiving an Explanation from Hanoi City",
        "B | 2024 | Hanoi (Vietnam) / Bangkok (Thailand)",
        "【Courtesy visit to Yabu City Hall】",
        "T | Total | 241 | 8 | 9 | 11 | 269",
        "T | Total | 385 | 60 | 2 | 447",
        "B | 2024 ^3 | Thailand (online) | DLA-CLAIR-MIC Joint Hybrid Seminar",
        "B | 2024 | Vietnam (Hanoi) | Reforming Frontyard",
        "【Indonesia-Japan Knowledge Exchange Seminar in Indonesia】",
        "B | Thailand | 47 | — | — | — | — | 47",
        "B | 2023 ^3 | Malaysia | 2 | Public housing, Nursing home",
        "【CLAIR's website】",
        "B | Miyazaki City | Accompanied the Mayor for his meetings with government officials (Singapore, Malaysia)",
        "B | Japan Travel Fair 2025 | Philippines (Manila) | February",
        "【AFASG 2024 (Singapore)】",
        "paragraph: J. CLAIR SINGAPORE",
        "qr http://www.clair.org.sg: Scan the QR code to view our website",
        "qr https://www.facebook.com/clairsg/: Scan the QR code to check our Facebook",
    };
    std::size_t at = 0;
    for (const auto& marker : markers) {
        INFO("looking for \"" << marker << "\" after offset " << at);
        auto found = text.find(marker, at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) at = found + marker.size();
    }
}
