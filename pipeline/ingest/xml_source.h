#pragma once
// One XML file as the ingest readers see it: the parsed pugixml document plus the way back from
// a node or attribute to the file:line:column a person can find in an editor.
// Internal to the ingest stage (pulls in pugixml).

#include "core/diagnostic.h"
#include "core/line_index.h"

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <vector>

namespace brochure::ingest {

class XmlSource {
public:
    // Parses `bytes`; on malformed XML reports D101 at the place pugixml stopped and returns nullptr;
    // a file over the size limit is D113, one that is not UTF-8 D114, nesting too deep D115, a <!DOCTYPE> D116, a control character or noncharacter D117.
    static std::unique_ptr<XmlSource> parse(std::string file, std::string bytes, Diagnostics& diagnostics);

    const std::string& file() const { return file_; }
    const pugi::xml_document& document() const { return document_; }

    // Where an element's '<' is.
    SourcePosition at(const pugi::xml_node& node) const;
    // Where an attribute's name is (the element's position if it cannot be found).
    SourcePosition at(const pugi::xml_node& element, const pugi::xml_attribute& attribute) const;

    void error(Diagnostics& diagnostics, const std::string& code, SourcePosition where,
               std::string message, std::string hint = {}) const;
    void warning(Diagnostics& diagnostics, const std::string& code, SourcePosition where,
                 std::string message, std::string hint = {}) const;

private:
    XmlSource(std::string file, std::string bytes);
    std::string file_;
    std::string bytes_;  // pugixml parses a copy; offsets refer to these bytes
    pugi::xml_document document_;
    LineIndex lines_;
};

// The text of a value element (<text>Long paragraph…</text>): its text and CDATA children joined.
// `hasMarkup` is set when it also holds elements, which a value may not.
std::string elementText(const pugi::xml_node& element, bool& hasMarkup);

}  // namespace brochure::ingest

namespace brochure::ingest {

// Reports, with `code`, every attribute of `element` whose name is not in `allowed` (hinting
// the closest allowed name), and every repeated attribute. Returns false when there was one.
bool checkAttributes(const XmlSource& source, const pugi::xml_node& element,
                     const std::vector<std::string>& allowed, const std::string& code, Diagnostics& diagnostics);

// Reports, with `code`, an attribute written twice on `element` (pugixml accepts that).
bool checkRepeatedAttributes(const XmlSource& source, const pugi::xml_node& element, const std::string& code,
                             Diagnostics& diagnostics);

}  // namespace brochure::ingest
