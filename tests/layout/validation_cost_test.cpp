// Validation is linear in the layout's size, so the 32 MiB layout limit bounds its time: a long
// chain of styles and thousands of misspelt style names (they took 18.8 s and 4.7 s when the
// cycle walk restarted from every style and every misspelling was compared with every style
// name; 0.08 s and 0.13 s now). Time is measured by people, not asserted here (a sanitizer
// build or a busy machine is slower): these tests check that every problem is still reported
// once; the "did you mean" work is counted in spelling_test (HintFinder's budget).

#include "layoutdef/reader.h"

#include <catch2/catch.hpp>

using namespace brochure;

namespace {

void read(const std::string& text, Diagnostics& diagnostics) {
    layoutdef::parseLayout(text, "layouts/big.xml", diagnostics);
}

std::size_t count(const Diagnostics& diagnostics, const std::string& code) {
    std::size_t n = 0;
    for (const auto& d : diagnostics.all()) n += d.code == code;
    return n;
}

}  // namespace

TEST_CASE("8,000 chained styles are validated without a problem", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n<style name=\"s0\"/>\n";
    for (int i = 1; i < 8000; ++i)
        text += "<style name=\"s" + std::to_string(i) + "\" parent=\"s" + std::to_string(i - 1) + "\"/>\n";
    text += "</layout>\n";
    Diagnostics diagnostics;
    read(text, diagnostics);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a loop at the end of a long chain is reported once per style on the loop", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n";
    for (int i = 1; i < 8000; ++i)
        text += "<style name=\"s" + std::to_string(i) + "\" parent=\"s" + std::to_string(i - 1) + "\"/>\n";
    text += "<style name=\"s0\" parent=\"s7997\"/>\n</layout>\n";  // s0 -> s7997 -> ... -> s0; s7998, s7999 lead in
    Diagnostics diagnostics;
    read(text, diagnostics);
    CHECK(count(diagnostics, "L110") == 7998);
    CHECK(diagnostics.all().size() == 7998);
}

TEST_CASE("3,000 misspelt style names are all reported, the first ones with hints", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n";
    for (int i = 0; i < 3000; ++i) text += "<style name=\"style" + std::to_string(i) + "\"/>\n";
    text += "<section>\n";
    for (int i = 0; i < 3000; ++i) text += "<paragraph style=\"stlye" + std::to_string(i) + "\">x</paragraph>\n";
    text += "</section>\n</layout>\n";
    Diagnostics diagnostics;
    read(text, diagnostics);
    REQUIRE(count(diagnostics, "L108") == 3000);
    CHECK(diagnostics.all().front().hint == "did you mean 'style0'?");
}
