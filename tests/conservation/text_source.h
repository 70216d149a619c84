#pragma once
// Words for generated documents: Latin with accents (Vietnamese, French, German), Greek,
// Cyrillic and Japanese, numbers and punctuation, long compounds that break inside narrow
// columns: every kind of text the project's fonts (Noto Sans, IPAexGothic) can render.
//
// None of these words is a word of the running headers and footers the generator writes
// ("Part", the Greek letter names of section titles, "Page", "of", "Generated", "report"): the
// frame check tells a running element from body text that strayed into a margin by its words.

#include <string>

#include "choices.h"

namespace brochure::conservation {

// How the ASCII letters of a word are written. The oracle tells which kind of block lost a word
// by its words; each source of text writes in its own case, so their Latin words differ:
// paragraphs as they are, paragraphs in columns in capitals, the store's texts (tables)
// capitalised, chart labels in alternating case.
enum class Casing { asIs, upper, capitalised, alternating };

// One word (a Japanese "word" is a phrase of several characters).
std::string word(Choices& choices, Casing casing = Casing::asIs);
// `count` words separated by single spaces.
std::string words(Choices& choices, int count, Casing casing = Casing::asIs);
// A word count drawn from a length class: empty, short, medium, long (~10x a brochure
// paragraph) or huge (thousands of words, taller than any page).
enum class Length { empty, shortText, medium, longText, huge };
int wordCount(Choices& choices, Length length);
const char* lengthName(Length length);

}  // namespace brochure::conservation
