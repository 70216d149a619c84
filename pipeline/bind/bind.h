#pragma once
// The bind stage: a LayoutDef plus rows from the store plus parameters -> a content::Document.
//
//   auto jobs = bind::plan(layout, store, {{":year", 2025}}, diagnostics);
//   for (auto& job : jobs) { auto document = bind::bind(layout, store, job.params, diagnostics); ... }
//
// Diagnostic codes (all carry the layout file's line:column of the element or attribute):
// L201 a query failed in the store (the store's message), L202 a query uses a parameter the
// run does not have, L203 a field that is not among the query's columns (hint: closest column),
// L204 a {placeholder} that names no field or parameter, L205 an unknown content or photo key,
// L206 an image file that does not exist (naming the photos row that named it), L207 a pivot
// or chart value that is not a number, L208 a query result holding text that cannot be printed
// (a control character, a noncharacter, bytes that are not UTF-8), L209 a QR code whose data is empty,
// L210 a table/chart/with that returned no rows with if-empty="warn" (warning; "error": error),
// L220 an output name (or a print edition's) that escapes the output folder, L230 an image
// outside the layout's imageRoots (after following symbolic links).

#include "content/content.h"
#include "core/diagnostic.h"
#include "core/value.h"
#include "layoutdef/layout_def.h"

#include <optional>
#include <string>
#include <vector>

namespace brochure::bind {

// A layout's <print-edition>: the document is also made for a print shop (docs/print.md).
struct PrintEditionSpec {
    std::string output;                // relative to out/; default "print/" + the screen output
    std::optional<double> bleed;       // points; unset = the settings' default (3 mm)
    std::optional<bool> cropMarks;     // unset = the settings' default
};

struct DocumentJob {
    std::string output;  // relative to out/, e.g. "activities-2025.pdf" or "handouts/sri-lanka.pdf"
    Params params;       // the base parameters plus one per column of the layout's <jobs> query
    std::string title;
    std::optional<PrintEditionSpec> print;  // when the layout declares a print edition
};

// Which documents a layout produces: one job, or one per row of its <jobs query="...">.
std::vector<DocumentJob> plan(const layoutdef::LayoutDef& layout, const QuerySource& source,
                              const Params& base, Diagnostics& diagnostics);

// The content of one document. Errors are reported; the result is then incomplete.
content::Document bind(const layoutdef::LayoutDef& layout, const QuerySource& source,
                       const Params& params, Diagnostics& diagnostics);

}  // namespace brochure::bind
