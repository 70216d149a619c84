#pragma once
// Reading a layout file: XML -> validated LayoutDef. Every problem is reported (all of a file's
// errors at once) as `file:line:column: error[Lxxx]` with a "did you mean" hint for misspellings.
//
// Codes: L001 unreadable file, L002 malformed XML, L003 root is not <layout>, L004 file larger
// than limits.xml-bytes, L005 not UTF-8, L006 nesting deeper than limits.xml-depth (core/limits.h),
// L007 a <!DOCTYPE>,
// L101 unknown element, L102 unknown attribute, L103 missing required attribute,
// L104 bad colour, L105 bad length, L106 bad number, L107 value not among the choices,
// L108 unknown style / table style / master, L109 duplicate name, L110 style inheritance cycle,
// L111 text where none is allowed, L112 none of the alternative attributes given,
// L113 misplaced element (known, but not allowed inside this parent).

#include "core/diagnostic.h"
#include "core/world.h"
#include "layoutdef/layout_def.h"

#include <optional>
#include <string>

namespace brochure::layoutdef {

// Reads and validates `path`. Returns nothing when the file has errors (all reported).
std::optional<LayoutDef> readLayout(const std::string& path, Diagnostics& diagnostics,
                                    const World& world = realWorld());

// The same for layout text already in memory; `file` names it in diagnostics.
std::optional<LayoutDef> parseLayout(const std::string& text, const std::string& file,
                                     Diagnostics& diagnostics);

}  // namespace brochure::layoutdef
