#pragma once
// Mixed inline content (<b>, <i>, <u>, <a href>, <color value>, <span style>, <br/>) -> spans.
// White space is collapsed as in HTML: runs become one space, the ends are trimmed.

#include "bind/context.h"
#include "content/content.h"

#include <vector>

namespace brochure::bind {

std::vector<content::Span> inlineSpans(const layoutdef::Node& node, const content::TextStyle& base,
                                       const Context& context);

// One span of plain text (collapsed the same way).
std::vector<content::Span> plainSpans(const std::string& text, const content::TextStyle& style);

}  // namespace brochure::bind
