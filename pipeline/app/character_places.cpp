#include "app/character_places.h"

#include "core/line_index.h"
#include "core/world.h"

namespace brochure::app {

namespace {

// The place of the first `character` in `file` at or after the start of line `line` (1: the
// whole file); nothing when the file does not hold it there.
std::optional<typeset::SourcePlace> placeInFile(const std::string& file, int line, std::string_view character) {
    const FileContents contents = realWorld().readFile(file);
    if (!contents.ok()) return std::nullopt;
    const std::string& text = contents.bytes;
    std::size_t lineStart = 0;
    for (int n = 1; n < line && lineStart != std::string::npos; ++n) {
        lineStart = text.find('\n', lineStart);
        if (lineStart != std::string::npos) ++lineStart;
    }
    if (lineStart == std::string::npos) return std::nullopt;
    const std::size_t at = text.find(character, lineStart);
    if (at == std::string::npos) return std::nullopt;
    const SourcePosition where = LineIndex(text).at(static_cast<std::ptrdiff_t>(at));
    return typeset::SourcePlace{file, where.line, where.column};
}

}  // namespace

std::optional<typeset::SourcePlace> placeOfCharacter(const store::Store& store, const std::string& layoutFile,
                                                     std::string_view character) {
    if (auto inLayout = placeInFile(layoutFile, 1, character)) return inLayout;
    const auto origin = store.findText(std::string(character));
    if (!origin) return std::nullopt;
    // The row starts at its line; its text may be on a later one. Not found as it is (written as
    // a character reference): the row's line.
    if (auto exact = placeInFile(origin->file, origin->line, character)) return exact;
    return typeset::SourcePlace{origin->file, origin->line, 0};
}

}  // namespace brochure::app
