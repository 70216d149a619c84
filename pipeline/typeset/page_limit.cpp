#include "typeset/page_limit.h"

#include "core/limits.h"

namespace brochure::typeset {

bool countLaidOut(Context& context, double height, double pageHeight) {
    if (context.pageLimitPassed) return false;
    context.pagesAtLeast += height * context.columnShare / pageHeight;
    if (context.pagesAtLeast <= limits().maxPages) return true;
    reportPageLimit(context, context.currentBlock);
    return false;
}

void reportPageLimit(Context& context, int block) {
    context.pageLimitPassed = true;
    const std::string at = block >= 0 ? " (passed at " + context.blocks[static_cast<std::size_t>(block)].name + ")" : "";
    context.errorAt(block, "A404",
                    "the document needs more than " + std::to_string(limits().maxPages) + " pages, the limit" + at,
                    "check the layout's queries, or raise limits.pages in brochure.properties");
}

}  // namespace brochure::typeset
