#pragma once
// From layouts and the store to bound documents: every layout's jobs for one edition year
// (optionally only one country's handout), each bound to its content and fingerprinted.
// Binding is cheap and runs on one thread (the store connection is not shared across threads).

#include "app/print_settings.h"
#include "app/profile.h"
#include "bind/bind.h"
#include "content/content.h"
#include "core/diagnostic.h"
#include "ingest/catalog.h"
#include "layoutdef/layout_def.h"
#include "render/print_edition.h"

#include <optional>
#include <string>
#include <vector>

namespace brochure::app {

struct PlannedDocument {
    const layoutdef::LayoutDef* layout = nullptr;
    bind::DocumentJob job;
    content::Document content;
    std::string fingerprint;  // of everything the document is built from
    std::optional<render::PrintEdition> print;  // the print edition of the layout's document
};

struct PlanRequest {
    int year = 0;
    std::optional<std::string> country;  // canonical name, slug or alias
    std::string fontsDir;                // fonts are part of every fingerprint
    std::optional<std::string> edition = std::nullopt;  // "screen" or "print" only; unset = every declared edition
    PrintSettings print = {};            // how print editions are made
    std::optional<std::string> layout;   // only this layout's documents (its file name without .xml)
};

std::vector<PlannedDocument> planDocuments(const std::vector<layoutdef::LayoutDef>& layouts,
                                           const QuerySource& store, const ingest::Catalog& catalog,
                                           const PlanRequest& request, Diagnostics& diagnostics, Profile& profile);

}  // namespace brochure::app
