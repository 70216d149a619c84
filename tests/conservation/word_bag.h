#pragma once
// Words as a reader finds them in a PDF: a multiset of tokens, compared by containment.
//
// A token is a run of characters between white space; each Japanese or Chinese character
// (and CJK punctuation) is a token of its own, since such text has no spaces and breaks
// between any two characters. A word the typesetter broke inside (a long word in a narrow
// column, "well-" + "known") comes back as several tokens: missingWords() accepts a word whose
// pieces are all left over in what was found, a hyphenated word that pdftotext joined
// without its hyphen across a line end, and words that came back glued into one token.

#include <map>
#include <string>
#include <string_view>

namespace brochure::conservation {

using WordBag = std::map<std::string, int>;

void addWords(WordBag& bag, std::string_view text);
// The same for text read from a PDF, where a list marker may run into its item's first word.
void addPdfWords(WordBag& bag, std::string_view text);
int wordCount(const WordBag& bag);

// The words of `expected` that `found` lacks (with their missing counts), after each missing
// word was given the chance to be made of pieces left over in `found`.
WordBag missingWords(const WordBag& expected, const WordBag& found);

// The words of `missing` that are still not in `pdfText` once its white space is taken out, as
// often as `expected` has them. A word broken one or two letters a line in a column a few
// points wide comes back as pieces that are words themselves ("PRO" "ID" "E" "N" "T"), which
// the multiset above credits to other words; read without the line ends it is whole again.
WordBag notInText(WordBag missing, const WordBag& expected, std::string_view pdfText);

}  // namespace brochure::conservation
