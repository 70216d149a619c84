#pragma once
// Resource limits on what the pipeline reads and makes. The defaults are far above any real
// brochure and far below what would exhaust the machine; a hostile or broken input meets a
// diagnostic naming the limit instead of eating memory, stack or disk. The app may change them
// once, at start-up and before any work, from brochure.properties (limits.*); every stage only
// reads them.

#include <cstddef>
#include <cstdint>

namespace brochure {

struct Limits {
    std::int64_t maxImagePixels = 50'000'000;  // width x height of one image (R105)
    std::size_t maxXmlBytes = 32u << 20;       // size of one export, catalog or layout file
    int maxXmlDepth = 256;                     // element nesting in one XML file
    int maxPages = 2000;                       // pages of one document (A404, checked while typesetting)
    std::int64_t maxExportRows = 200'000;      // rows of one export (D118)
    int maxQuerySeconds = 10;                  // run time of one layout query (S305)
    std::int64_t maxQueryRows = 1'000'000;     // rows of one layout query (S306)
};

const Limits& limits();
// Not thread-safe: call before any stage runs.
void setLimits(const Limits& limits);

}  // namespace brochure
