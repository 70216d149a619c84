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
