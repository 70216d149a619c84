// Numbers from the store may be any 64-bit value; the multi-year pivot's sums must not overflow
// (undefined behaviour, caught by UBSan): they stop at the largest whole number instead.

#include <catch2/catch.hpp>

#include <limits>

#include "bind/pivot.h"

TEST_CASE("pivot sums past the largest whole number stop at it instead of wrapping", "[pivot][overflow]") {
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    std::vector<brochure::bind::PivotRecord> records = {
        {"Singapore", 2024, 2024, kMax}, {"Singapore", 2024, 2024, kMax}, {"Vietnam", 2024, 2024, 5}};
    auto pivot = brochure::bind::buildPivot(records, 1, false);
    REQUIRE(pivot.rows.size() == 2);
    CHECK(pivot.rows[0].total == kMax);
    CHECK(pivot.rows[0].cells.back() == kMax);
    CHECK(pivot.rows[1].total == 5);
    CHECK(pivot.grandTotal == kMax);
    CHECK(pivot.totals.back() == kMax);
}
