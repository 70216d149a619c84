#pragma once
// What every binder needs while it walks a layout: the layout, the store, the run's parameters,
// the fields of the enclosing <with>, the resolved styles and the diagnostics.

#include "bind/format.h"
#include "bind/style_sheet.h"
#include "core/diagnostic.h"
#include "core/value.h"
#include "layoutdef/layout_def.h"

#include <optional>
#include <set>
#include <string>

namespace brochure::bind {

struct Context {
    const layoutdef::LayoutDef& layout;
    const QuerySource& source;
    const Params& params;
    Fields fields;                      // parameters without ':' plus the enclosing <with> row
    const StyleSheet& styles;
    Diagnostics& diagnostics;
    std::set<std::string>* anchors;     // anchors used so far in the document (kept unique)

    void error(const std::string& code, SourcePosition at, const std::string& message,
               const std::string& hint = {}) const {
        diagnostics.error(code, layout.file, at.line, at.column, message, hint);
    }
    void warning(const std::string& code, SourcePosition at, const std::string& message,
                 const std::string& hint = {}) const {
        diagnostics.warning(code, layout.file, at.line, at.column, message, hint);
    }

    // The attribute's text with {placeholders} filled in (L204 for unknown names).
    std::string text(const layoutdef::Node& node, const std::string& attribute,
                     const std::string& fallback = {}) const;
    std::string expand(const std::string& text, SourcePosition at) const;

    // Runs the SQL of `node`'s `attribute` with the parameters it names: from `extra`, the run's
    // parameters, or the fields of an enclosing <with> (so a nested <with> can compute from them).
    // Reports L201/L202 at the attribute and returns nothing when the query cannot run.
    std::optional<ResultSet> query(const layoutdef::Node& node, const std::string& attribute = "query",
                                   const Params& extra = {}) const;

    // The index of `field` among the result's columns; L203 with the closest column if absent.
    std::optional<std::size_t> column(const ResultSet& result, const layoutdef::Node& node,
                                      const std::string& attribute) const;

    // A unique anchor derived from `wanted`.
    std::string uniqueAnchor(const std::string& wanted) const;
};

}  // namespace brochure::bind
