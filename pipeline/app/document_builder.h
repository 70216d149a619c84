#pragma once
// One bound document to PDF bytes: typeset with this thread's font book, then render.
// Safe to run for several documents at once on different threads.

#include "app/profile.h"
#include "content/content.h"
#include "core/diagnostic.h"
#include "render/print_edition.h"
#include "typeset/typeset.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace brochure::app {

struct BuiltDocument {
    std::optional<std::string> pdf;  // nothing when a stage reported an error
    int pages = 0;
    Diagnostics diagnostics;
};

// Opens the fonts of `fontsDir` on another thread for the documents this thread builds later
// (FreeType and HarfBuzz read the tables of every face): the build calls it before planning,
// while the second core is idle. buildDocument() takes the fonts over, waiting if needed.
void openFontsAhead(const std::string& fontsDir);

// Takes the content: it is freed once typeset, before the PDF is rendered (a 100,000-row table's
// content tree is a good part of the peak memory). `render`: RenderOptions::print set for a
// print edition. `placeOf`: where a character was written (app/character_places.h), for T101.
BuiltDocument buildDocument(content::Document content, const std::string& fontsDir,
                            const std::string& sourceFile, std::int64_t date, Profile& profile,
                            const render::RenderOptions& render = {},
                            std::function<std::optional<typeset::SourcePlace>(std::string_view)> placeOf = {});

}  // namespace brochure::app
