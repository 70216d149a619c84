#pragma once
// A font file's table directory checked against the file's size before FreeType opens it.
// FreeType reads tables lazily: a truncated TrueType file (a copy cut short, a partial download)
// opens without complaint and then lacks glyphs or whole tables, so a build would print with
// missing characters or another face. Checking that every table the directory lists lies inside
// the file catches that up front.

#include <string>
#include <string_view>

namespace brochure::typeset {

// What is wrong with the sfnt (TrueType/OpenType, or a TrueType collection) structure of
// `bytes`, or "" when every font's table directory and every table lie inside the file.
std::string sfntDamage(std::string_view bytes);

}  // namespace brochure::typeset
