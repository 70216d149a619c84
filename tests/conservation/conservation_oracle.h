#pragma once
// The oracle of the conservation property (issue 14, "Nothing lost on the page"), for one
// generated layout run through the real stages in this process (layoutdef, bind over the
// generated store, typeset with the project's fonts, render):
//
//  (a) every word of the bound content (every text the content::Document holds: headings,
//      paragraphs, list items, table cells and captions, chart titles and labels, image and QR
//      captions, table-of-contents titles) is in the pdftotext output of the PDF, as a
//      multiset (word_bag.h);
//  (b) every item of every page lies inside that page's frame (frame_check.h);
//  (c) a document the pipeline refuses is refused with located diagnostics only: every error
//      is `layouts/generated.xml:line:column: error[T... or L...]` (or A404, the page limit,
//      at the block that passes it). A clean failure passes; a silent drop, an error without a
//      place (R201 from libharu, R206 "no pages"), or a PDF with words missing, does not.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "word_bag.h"

namespace brochure::conservation {

// What a violation is about. Lost words are told apart by the block they belong to (the
// outermost one: a table in a <columns> box counts for columns).
enum class Finding { wordsLostInTables, wordsLostInColumns, wordsLostInCharts, wordsLostElsewhere,
                     itemOutsideFrame, unlocatedError, crash };
constexpr std::size_t kFindingKinds = 7;
const char* findingName(Finding finding);

struct Problem {
    Finding kind;
    std::string detail;
};

struct DocumentRun {
    std::optional<std::string> pdf;        // when every stage succeeded
    int pages = 0;
    std::array<WordBag, 4> expected;       // bound words by the first four Finding kinds
    std::vector<Problem> problems;
    std::vector<std::string> errors;       // the diagnostics of a refused document
};

// Runs the stages and checks (b) and (c).
DocumentRun runDocument(const std::string& layoutXml);

// Checks (a) given the pdftotext output of run.pdf.
void checkWords(DocumentRun& run, const std::string& pdfText);

// The pdftotext output of each PDF, in order.
std::vector<std::string> pdfTexts(const std::vector<const std::string*>& pdfs);

}  // namespace brochure::conservation
