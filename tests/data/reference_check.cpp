#include "reference_check.h"

#include <catch2/catch.hpp>

#include <optional>

namespace brochure::testdata {

const ReferenceText* referenceText() {
    static const std::optional<ReferenceText> reference = ReferenceText::load(referencePath());
    if (!reference) {
        FAIL_CHECK("the reference text " << referencePath() << " cannot be read");
        return nullptr;
    }
    return &*reference;
}

void checkSameRows(const std::vector<Cells>& stored, const std::vector<Cells>& expected) {
    CHECK(stored.size() == expected.size());
    for (std::size_t i = 0; i < stored.size() && i < expected.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(stored[i] == expected[i]);
    }
}

std::string expectedCount(const std::string& sourceCell) { return isNone(sourceCell) ? "NULL" : sourceCell; }

}  // namespace brochure::testdata
