#include "core/spelling.h"

#include <catch2/catch.hpp>

using namespace brochure;

TEST_CASE("the closest name of a misspelling", "[core][hints]") {
    std::vector<std::string> countries = {"Thailand", "Vietnam", "Brunei Darussalam", "Brunei"};
    CHECK(closestName("Thailnd", countries) == "Thailand");
    CHECK(closestName("thailand", countries) == "Thailand");
    CHECK(closestName("Brunei Darusalam", countries) == "Brunei Darussalam");
    CHECK(closestName("Japan", countries).empty());  // nothing plausible: no hint rather than a silly one
    CHECK(spellingDistance("Baños", "Banos") == 1);  // counted in letters, not UTF-8 bytes
    CHECK(spellingDistance("titel", "title") == 1);  // swapped neighbours are one slip, not two
    CHECK(didYouMeanHint("Agust", {"July", "August"}) == "did you mean 'August'?");
}

TEST_CASE("hints for layout names suggest only plausible misspellings", "[core][hints]") {
    CHECK(closestName("colr", {"color", "column"}) == "color");
    CHECK(closestName("zzzzzz", {"color", "column"}).empty());
    CHECK(didYouMeanHint("zzzzzz", {"color", "column"}).empty());
}

TEST_CASE("hints for many names do bounded work: each name once, then none past the budget", "[spelling][limits]") {
    std::vector<std::string> names;
    for (int i = 0; i < 3000; ++i) names.push_back("style" + std::to_string(i));
    HintFinder finder(names, 30000);
    CHECK(finder.hint("stlye7") == "did you mean 'style7'?");
    CHECK(finder.comparisons() == 3000);
    CHECK(finder.hint("stlye7") == "did you mean 'style7'?");  // asked again: remembered
    CHECK(finder.comparisons() == 3000);
    for (int i = 0; i < 3000; ++i) finder.hint("stlye" + std::to_string(i));
    CHECK(finder.comparisons() == 30000);  // ten names hinted, then no more work
    CHECK(finder.hint("stlye2999").empty());
}

TEST_CASE("no hint is computed for a name longer than any name", "[spelling][limits]") {
    const std::string huge(100000, 'a');
    CHECK(closestName(huge, {"aaaa", std::string(100000, 'a')}).empty());
    CHECK(closestName("aaaa", {huge}).empty());  // skipped by length alone
}
