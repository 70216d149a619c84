#pragma once
// Page furniture, added after pagination when the page count is known: running headers and
// footers with their fields ({page}, {pages}, {section}, {title}) and the header rule.

#include <vector>

#include "content/content.h"
#include "typeset/context.h"
#include "typeset/paginator.h"

namespace brochure::typeset {

void decoratePages(Context& context, const content::Document& document,
                   const std::vector<const content::PageMaster*>& sectionMasters, Pagination& pagination);

// Replaces the fields of a header/footer text.
std::string expandFields(const std::string& text, const std::string& page, const std::string& pages,
                         const std::string& section, const std::string& title);

}  // namespace brochure::typeset
