#pragma once
// <table> and <pivot> -> content::Table, with computed totals, header groups and merged cells.

#include "bind/context.h"
#include "content/content.h"

#include <optional>

namespace brochure::bind {

// Nothing when the query failed or returned no rows (reported as the node's if-empty asks).
std::optional<content::Table> bindTable(const layoutdef::Node& node, const Context& context);
std::optional<content::Table> bindPivot(const layoutdef::Node& node, const Context& context);

// Reports an empty result as <node if-empty="hide|warn|error"> asks.
void reportEmpty(const layoutdef::Node& node, const Context& context);

}  // namespace brochure::bind
