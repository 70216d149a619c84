#pragma once
// Shared steps of the round-trip tests: find the reference text (or skip), compare row lists.

#include "reference_text.h"

#include <string>
#include <vector>

namespace brochure::testdata {

using Cells = std::vector<std::string>;

// The reference text (tests/fixtures/reference/), or nullptr after failing the current test
// when it cannot be read.
const ReferenceText* referenceText();

// Same number of rows, and each row equal, reported row by row with its position.
void checkSameRows(const std::vector<Cells>& stored, const std::vector<Cells>& expected);

// The reference cell of a count column as the store keeps it ("-" and "—" are NULL).
std::string expectedCount(const std::string& sourceCell);

}  // namespace brochure::testdata
