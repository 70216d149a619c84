#pragma once
// Which code points a document may carry. Text enters the pipeline in three places: export and
// catalog files (ingest), layout files (layoutdef) and query results (bind). Each checks its text
// here once, so the typesetter only ever sees characters it can print or report as missing:
// - control characters other than tab, line feed and carriage return (C0, DEL, C1),
// - noncharacters (U+FDD0..U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF,
//   which libunibreak also uses as its end-of-text marker),
// - surrogates and values above U+10FFFF (which valid UTF-8 cannot hold, but decoded numeric
//   character references and SQL can), and bytes that are not UTF-8
// are refused with the place they were found; everything else is typeset (or reported as
// missing from every font, T101).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brochure {

bool isPrintableCodePoint(char32_t codePoint);

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) at text[pos], with its code point; 0 when there is none.
std::size_t decodeUtf8Sequence(std::string_view text, std::size_t pos, char32_t& codePoint);

struct UnprintableText {
    std::size_t offset = 0;      // byte offset of the offending character in the text
    std::size_t characters = 0;  // characters before it (for a column)
    std::string what;            // "the control character U+0001", "the noncharacter U+FFFF", "byte 0xFF, which is not UTF-8"
};

// The first character of UTF-8 `text` that may not be printed, if any.
std::optional<UnprintableText> findUnprintable(std::string_view text);

// "the noncharacter U+FFFF" and the like, for a code point isPrintableCodePoint refuses.
std::string describeUnprintable(char32_t codePoint);

// The hint every stage gives with it.
inline constexpr const char* kUnprintableHint =
    "remove it or write the character meant; control characters and noncharacters cannot be printed";

}  // namespace brochure
