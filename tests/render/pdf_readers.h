#pragma once
// Reads PDFs back with the real tools users and CI have (qpdf, poppler-utils), so render tests
// check what a reader sees rather than what the painter believes it wrote.

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "process.h"

namespace brochure::testing {

struct FontInfo {
    std::string name, type;
    bool embedded = false, subset = false, unicode = false;
};

ProcessResult qpdfCheck(const std::string& pdf);
// pdftotext's text with trailing blank lines and form feeds removed; `stderrOut` gets its stderr.
std::string pdfText(const std::string& pdf, std::string& stderrOut);
std::vector<FontInfo> pdfFonts(const std::string& pdf, std::string& stderrOut);
// `pdfimages -list` rows as {type, width, height, color, enc} (type "image" or "smask").
std::vector<std::vector<std::string>> pdfImages(const std::string& pdf);
// `qpdf --json=2` with the given --json-key (pages, outlines, pagelabels, qpdf).
Poco::JSON::Object::Ptr qpdfJson(const std::string& pdf, const std::string& key);
// Every object of the file whose dictionary has /Subtype `subtype`, from the "qpdf" key.
std::vector<Poco::JSON::Object::Ptr> objectsWithSubtype(const Poco::JSON::Object::Ptr& qpdf, const std::string& subtype);
// The value of object "N 0 R" from the "qpdf" key.
Poco::Dynamic::Var objectValue(const Poco::JSON::Object::Ptr& qpdf, const std::string& reference);

}  // namespace brochure::testing
