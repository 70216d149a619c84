#pragma once
// limits.pages, enforced while typesetting: a runaway document (a table of every row of every
// year) stops with error A404 as soon as it is certain to pass the limit, before its slices or
// pages fill memory.

#include "typeset/context.h"

namespace brochure::typeset {

// Counts `height` points of slices laid out for pages whose content box is `pageHeight` tall (a
// lower bound of the pages they fill). False, with error A404 the first time, once the document
// certainly needs more than limits.pages pages.
bool countLaidOut(Context& context, double height, double pageHeight);

// Error A404 at `block` (Context::blocks; -1: the layout): more pages than limits.pages.
void reportPageLimit(Context& context, int block);

}  // namespace brochure::typeset
