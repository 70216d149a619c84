#pragma once
// Small builders for typeset tests: documents from a few lines of code, the project's fonts,
// and helpers that read a frame::Document the way a reader would see it.

#include <string>
#include <vector>

#include "content/content.h"
#include "core/diagnostic.h"
#include "frame/frame.h"
#include "typeset/font_book.h"
#include "typeset/typeset.h"

namespace brochure::typeset::test {

inline std::string fontsDir() { return std::string(BROCHURE_SOURCE_DIR) + "/fonts"; }

// One FontBook for the whole test binary: loading fonts is the slow part.
FontBook& sharedFonts();

content::Span span(std::string text, double size = 10, bool bold = false);
content::Paragraph paragraph(std::string text, double size = 10, content::Align align = content::Align::left);
content::Heading heading(std::string text, std::string anchor, int level = 1);

// A document with one section of `blocks` on a page master of the given size (A4 by default).
content::Document document(std::vector<content::Block> blocks, double pageHeight = 841.89, double pageWidth = 595.276);

// A table: one header row, `rows` body rows of `columns` cells "r<row>c<col>".
content::Table table(std::string name, int rows, int columns);

frame::Document run(const content::Document& doc, Diagnostics& diagnostics);

// The text runs of a page, in order.
std::vector<const frame::TextRun*> textRuns(const frame::Page& page);
// The index of the first page with a text run of exactly this text, -1 when none has it.
int pageOf(const frame::Document& doc, const std::string& text);
// All text of a page joined with '|' between runs.
std::string pageText(const frame::Page& page);
bool hasCode(const Diagnostics& diagnostics, const std::string& code);

}  // namespace brochure::typeset::test
