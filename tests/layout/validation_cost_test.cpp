// Validation is linear in the layout's size, so the 32 MiB layout limit bounds its time: a long
// chain of styles and thousands of misspelt style names are validated at once (they took 10 s
// and 6.5 s when the cycle walk restarted from every style and every misspelling was compared
// with every style name). The bounds are generous: the point is linear against quadratic.

#include "layoutdef/reader.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace brochure;

namespace {

double secondsToRead(const std::string& text, Diagnostics& diagnostics) {
    const auto start = std::chrono::steady_clock::now();
    layoutdef::parseLayout(text, "layouts/big.xml", diagnostics);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::size_t count(const Diagnostics& diagnostics, const std::string& code) {
    std::size_t n = 0;
    for (const auto& d : diagnostics.all()) n += d.code == code;
    return n;
}

}  // namespace

TEST_CASE("8,000 chained styles are validated in well under a second", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n<style name=\"s0\"/>\n";
    for (int i = 1; i < 8000; ++i)
        text += "<style name=\"s" + std::to_string(i) + "\" parent=\"s" + std::to_string(i - 1) + "\"/>\n";
    text += "</layout>\n";
    Diagnostics diagnostics;
    CHECK(secondsToRead(text, diagnostics) < 1.5);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("a loop at the end of a long chain is reported once per style on the loop", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n";
    for (int i = 1; i < 8000; ++i)
        text += "<style name=\"s" + std::to_string(i) + "\" parent=\"s" + std::to_string(i - 1) + "\"/>\n";
    text += "<style name=\"s0\" parent=\"s7997\"/>\n</layout>\n";  // s0 -> s7997 -> ... -> s0; s7998, s7999 lead in
    Diagnostics diagnostics;
    CHECK(secondsToRead(text, diagnostics) < 1.5);
    CHECK(count(diagnostics, "L110") == 7998);
    CHECK(diagnostics.all().size() == 7998);
}

TEST_CASE("3,000 misspelt style names are all reported, quickly, the first ones with hints", "[reader][limits]") {
    std::string text = "<layout output=\"a.pdf\">\n";
    for (int i = 0; i < 3000; ++i) text += "<style name=\"style" + std::to_string(i) + "\"/>\n";
    text += "<section>\n";
    for (int i = 0; i < 3000; ++i) text += "<paragraph style=\"stlye" + std::to_string(i) + "\">x</paragraph>\n";
    text += "</section>\n</layout>\n";
    Diagnostics diagnostics;
    CHECK(secondsToRead(text, diagnostics) < 1.5);
    REQUIRE(count(diagnostics, "L108") == 3000);
    CHECK(diagnostics.all().front().hint == "did you mean 'style0'?");
}
