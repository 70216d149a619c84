#pragma once
// Shared by the store tests: the ingest test catalog and its good exports, read for real.

#include "ingest/ingest.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace brochure::store::testing {

inline std::string fixture(const std::string& relative) {
    return BROCHURE_SOURCE_DIR "/tests/fixtures/ingest/" + relative;
}

inline const ingest::Catalog& testCatalog() {
    static const ingest::Catalog catalog = [] {
        Diagnostics diagnostics;
        auto loaded = ingest::loadCatalog(fixture("catalog"), diagnostics);
        REQUIRE(loaded);
        return *loaded;
    }();
    return catalog;
}

// tests/fixtures/ingest/good: events (2 rows) and jet-participants (2 rows), edition 2025.
inline std::vector<ingest::Dataset> goodDatasets() {
    Diagnostics diagnostics;
    auto datasets = ingest::readExports(testCatalog(), {fixture("good")}, diagnostics);
    REQUIRE_FALSE(diagnostics.hasErrors());
    REQUIRE(datasets.size() == 2);
    return datasets;
}

// One export given as text, read with the test catalog (no errors expected).
inline ingest::Dataset datasetFrom(const std::string& xml, const std::string& file = "data/2025/test.xml") {
    Diagnostics diagnostics;
    auto dataset = ingest::readExport(testCatalog(), file, xml, diagnostics);
    REQUIRE_FALSE(diagnostics.hasErrors());
    REQUIRE(dataset);
    return *dataset;
}

// The S-code a call throws, "" when it does not throw.
template <typename Call>
Diagnostic faultOf(Call call) {
    try {
        call();
    } catch (const FatalError& fault) {
        return fault.diagnostic;
    }
    return {};
}

}  // namespace brochure::store::testing
