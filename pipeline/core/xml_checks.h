#pragma once
// Checks every XML file the pipeline reads (exports, catalog, layouts) must pass, shared by the
// ingest and layoutdef readers so both refuse the same things the same way: a file above the size
// limit, an encoding other than UTF-8 (declared, UTF-16, or bytes that are not UTF-8; a UTF-8 byte
// order mark is fine), a <!DOCTYPE> (pugixml never expands its entities, so an "XML bomb" is
// harmless, but a DTD has no place in these files and would only make values read wrongly), and
// elements nested deeper than the depth limit (the readers walk the tree recursively). Limits come from core/limits.h. Each stage passes its own codes.
// Include only where pugixml is already used.

#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/line_index.h"

namespace brochure {

struct XmlCheckCodes {
    const char* tooLarge;  // larger than limits().maxXmlBytes
    const char* encoding;  // not UTF-8
    const char* tooDeep;   // nested deeper than limits().maxXmlDepth
    const char* doctype;   // a document type declaration (entity definitions: "billion laughs")
    const char* unprintable;  // a character no document may carry (core/printable_text.h), written or referenced
};

// Before parsing: size, encoding declaration, UTF-8 validity, no DOCTYPE, and no character that may
// not be printed (a control character or noncharacter, written as it is or as a numeric character
// reference such as &#xFFFF;, which pugixml would decode). On a problem reports one error
// (at the offending byte's line:column) and returns false.
bool checkXmlBytes(std::string_view bytes, const std::string& file, const LineIndex& lines,
                   const XmlCheckCodes& codes, Diagnostics& diagnostics);

// After parsing: the nesting depth, without recursion. On a problem reports one error at the first
// element too deep and returns false.
bool checkXmlDepth(const pugi::xml_document& document, const std::string& file, const LineIndex& lines,
                   const XmlCheckCodes& codes, Diagnostics& diagnostics);

}  // namespace brochure
