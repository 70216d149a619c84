#pragma once
// A generator of random layouts over the generated store (generated_store.h): page masters of
// different sizes (A4, A5, Letter, landscape, tiny custom pages that still hold a line), styles,
// and sections of random blocks: headings, short to very long paragraphs (empty ones too) with
// inline markup, lists, tables with tall cells (thousands of words), merged groups, group
// headers and totals, side-by-side <columns> boxes, charts of 1 to 500 bars, the project's
// images, QR codes, tables of contents, <with> fields, spacers and page breaks.
//
// The same generator serves the conservation test (seeded) and the fuzz target (bytes).

#include <string>

#include "choices.h"

namespace brochure::conservation {

// The flowing form <columns count="2" [gap] [balance="yes"]>blocks</columns> (issue 14) is
// generated beside the boxes form.
inline constexpr bool kGenerateFlowingColumns = true;

struct GeneratorOptions {
    bool flowingColumns = kGenerateFlowingColumns;
};

struct GeneratedLayout {
    std::string xml;      // the layout file
    std::string summary;  // one line per section: what the generator put in, to reproduce a failure
};

// The file name the generated layout is bound and diagnosed under.
inline const char* const kLayoutFile = "layouts/generated.xml";

GeneratedLayout generateLayout(Choices& choices, const GeneratorOptions& options = {});

}  // namespace brochure::conservation
