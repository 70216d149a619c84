#pragma once
// <prose section="jet" from="jet.heading" to="jet.callout.note" skip="..."/>: the rows of the
// `content` dataset for one section, in their order, each kind mapped to a block and a style:
// title -> "title" paragraph, heading -> heading (heading-level, default 1), subheading -> the
// next level, paragraph -> "body", bullet / numbered -> one list per run of items, label ->
// "label", note -> "note".

#include "bind/context.h"
#include "content/content.h"

#include <vector>

namespace brochure::bind {

void bindProse(const layoutdef::Node& node, const Context& context, std::vector<content::Block>& out);

}  // namespace brochure::bind
