#pragma once
// Where a character of a document was written, for the typesetter's T101 (a character no font
// has): the layout file's own text when it holds the character, else the first export row the
// store holds it in, as file:line:column (the first place at or after the row's line where the
// export writes the character; the row's line when it is written as a character reference).

#include "store/store.h"
#include "typeset/typeset.h"

#include <optional>
#include <string>
#include <string_view>

namespace brochure::app {

std::optional<typeset::SourcePlace> placeOfCharacter(const store::Store& store, const std::string& layoutFile,
                                                     std::string_view character);

}  // namespace brochure::app
