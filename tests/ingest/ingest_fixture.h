#pragma once
// Shared by the ingest tests: the small test catalog (tests/fixtures/ingest/catalog) and a way
// to read one export given as text, as if it were the file data/2025/<name>.

#include "ingest/ingest.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace brochure::ingest::testing {

inline std::string fixture(const std::string& relative) {
    return BROCHURE_SOURCE_DIR "/tests/fixtures/ingest/" + relative;
}

// The test catalog, loaded once (a failure to load it fails every test that uses it).
inline const Catalog& testCatalog() {
    static const Catalog catalog = [] {
        Diagnostics diagnostics;
        auto loaded = loadCatalog(fixture("catalog"), diagnostics);
        REQUIRE(loaded);
        REQUIRE(diagnostics.all().empty());
        return *loaded;
    }();
    return catalog;
}

// The only diagnostic with `code` among `diagnostics` (fails the test when there is none or more than one).
inline Diagnostic onlyDiagnostic(const Diagnostics& diagnostics, const std::string& code) {
    std::vector<Diagnostic> found;
    std::string all;
    for (const auto& d : diagnostics.all()) {
        all += formatDiagnostic(d) + "\n";
        if (d.code == code) found.push_back(d);
    }
    INFO(all);
    REQUIRE(found.size() == 1);
    return found.front();
}

// The diagnostic says `message` at line:column (of the file it names).
inline void checkAt(const Diagnostic& d, const std::string& message, int line, int column) {
    INFO(formatDiagnostic(d));
    CHECK(d.message == message);
    CHECK(d.line == line);
    CHECK(d.column == column);
}

struct ReadResult {
    std::optional<Dataset> dataset;
    Diagnostics diagnostics;

    Diagnostic only(const std::string& code) const { return onlyDiagnostic(diagnostics, code); }
    std::vector<std::string> codes() const {
        std::vector<std::string> all;
        for (const auto& d : diagnostics.all()) all.push_back(d.code);
        return all;
    }
    std::string dump() const {
        std::string text;
        for (const auto& d : diagnostics.all()) text += formatDiagnostic(d) + "\n";
        return text;
    }
};

// Reads `xml` as the export file `file` with the test catalog.
inline ReadResult readText(const std::string& xml, const std::string& file = "data/2025/test.xml") {
    ReadResult result;
    result.dataset = readExport(testCatalog(), file, xml, result.diagnostics);
    return result;
}

// An export of `dataset` for 2025 whose lines after the first are `body` (so the first line of
// `body` is line 2 of the file).
inline std::string exportOf(const std::string& dataset, const std::string& body) {
    return "<export dataset=\"" + dataset + "\" year=\"2025\">\n" + body + "</export>\n";
}

}  // namespace brochure::ingest::testing
