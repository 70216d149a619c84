#include "ingest/xml_source.h"

#include "core/xml_checks.h"

#include <algorithm>
#include <cstring>

#include "core/spelling.h"

namespace brochure::ingest {

namespace {
// D113 larger than the size limit, D114 not UTF-8, D115 nested deeper than the depth limit,
// D116 a <!DOCTYPE>, D117 a character that cannot be printed (a control character, a noncharacter).
constexpr XmlCheckCodes kXmlCheckCodes{"D113", "D114", "D115", "D116", "D117"};
}  // namespace

XmlSource::XmlSource(std::string file, std::string bytes)
    : file_(std::move(file)), bytes_(std::move(bytes)), lines_(bytes_) {}

std::unique_ptr<XmlSource> XmlSource::parse(std::string file, std::string bytes, Diagnostics& diagnostics) {
    std::unique_ptr<XmlSource> source(new XmlSource(std::move(file), std::move(bytes)));
    if (!checkXmlBytes(source->bytes_, source->file_, source->lines_, kXmlCheckCodes, diagnostics)) return nullptr;
    // load_buffer copies the bytes, so offsets (and offset_debug) refer to bytes_ as read.
    auto result = source->document_.load_buffer(source->bytes_.data(), source->bytes_.size(),
                                                pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        SourcePosition where = source->lines_.at(result.offset);
        diagnostics.error("D101", source->file_, where.line, where.column,
                          std::string("malformed XML: ") + result.description());
        return nullptr;
    }
    if (!checkXmlDepth(source->document_, source->file_, source->lines_, kXmlCheckCodes, diagnostics)) return nullptr;
    return source;
}

SourcePosition XmlSource::at(const pugi::xml_node& node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    // For an element pugixml gives the offset of its name; step back to the '<'.
    if (node.type() == pugi::node_element && offset > 0 && bytes_[static_cast<std::size_t>(offset) - 1] == '<')
        --offset;
    return lines_.at(offset);
}

namespace {

bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Scans the start tag at `offset` ('<' of a well-formed element) for the attribute `name`
// (its `occurrence`-th one, from 0: pugixml accepts a repeated attribute); returns the offset of
// its name or -1. The document parsed, so the tag is well formed.
std::ptrdiff_t findAttribute(const std::string& bytes, std::size_t offset, const char* name, int occurrence) {
    std::size_t i = offset + 1;
    std::size_t nameLength = std::strlen(name);
    while (i < bytes.size() && !isXmlSpace(bytes[i]) && bytes[i] != '>' && bytes[i] != '/') ++i;  // tag name
    while (i < bytes.size()) {
        while (i < bytes.size() && isXmlSpace(bytes[i])) ++i;
        if (i >= bytes.size() || bytes[i] == '>' || bytes[i] == '/') return -1;
        std::size_t nameStart = i;
        while (i < bytes.size() && bytes[i] != '=' && !isXmlSpace(bytes[i])) ++i;
        if (i - nameStart == nameLength && bytes.compare(nameStart, nameLength, name) == 0 && occurrence-- == 0)
            return static_cast<std::ptrdiff_t>(nameStart);
        while (i < bytes.size() && bytes[i] != '"' && bytes[i] != '\'') ++i;  // '=' and spaces
        if (i >= bytes.size()) return -1;
        char quote = bytes[i++];
        while (i < bytes.size() && bytes[i] != quote) ++i;
        ++i;
    }
    return -1;
}

}  // namespace

SourcePosition XmlSource::at(const pugi::xml_node& element, const pugi::xml_attribute& attribute) const {
    std::ptrdiff_t offset = element.offset_debug();
    if (offset <= 0) return at(element);
    std::size_t tagStart = static_cast<std::size_t>(offset) - 1;
    if (bytes_[tagStart] != '<') return at(element);
    int occurrence = 0;
    for (auto earlier = element.first_attribute(); earlier && earlier != attribute; earlier = earlier.next_attribute())
        if (std::strcmp(earlier.name(), attribute.name()) == 0) ++occurrence;
    std::ptrdiff_t found = findAttribute(bytes_, tagStart, attribute.name(), occurrence);
    return found < 0 ? at(element) : lines_.at(found);
}

void XmlSource::error(Diagnostics& diagnostics, const std::string& code, SourcePosition where,
                      std::string message, std::string hint) const {
    diagnostics.error(code, file_, where.line, where.column, std::move(message), std::move(hint));
}

void XmlSource::warning(Diagnostics& diagnostics, const std::string& code, SourcePosition where,
                        std::string message, std::string hint) const {
    diagnostics.warning(code, file_, where.line, where.column, std::move(message), std::move(hint));
}

std::string elementText(const pugi::xml_node& element, bool& hasMarkup) {
    std::string text;
    hasMarkup = false;
    for (auto child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
        else if (child.type() == pugi::node_element)
            hasMarkup = true;
    }
    return text;
}

bool checkRepeatedAttributes(const XmlSource& source, const pugi::xml_node& element, const std::string& code,
                             Diagnostics& diagnostics) {
    bool clean = true;
    // Elements carry a handful of attributes: comparing each with the earlier ones is cheap.
    for (auto attribute : element.attributes()) {
        for (auto earlier = element.first_attribute(); earlier != attribute; earlier = earlier.next_attribute()) {
            if (std::strcmp(earlier.name(), attribute.name()) != 0) continue;
            source.error(diagnostics, code, source.at(element, attribute),
                         std::string("attribute '") + attribute.name() + "' is given twice on <" + element.name() + ">");
            clean = false;
            break;
        }
    }
    return clean;
}

bool checkAttributes(const XmlSource& source, const pugi::xml_node& element,
                     const std::vector<std::string>& allowed, const std::string& code, Diagnostics& diagnostics) {
    bool clean = checkRepeatedAttributes(source, element, code, diagnostics);
    for (auto attribute : element.attributes()) {
        if (std::find(allowed.begin(), allowed.end(), attribute.name()) != allowed.end()) continue;
        source.error(diagnostics, code, source.at(element, attribute),
                     std::string("unknown attribute '") + attribute.name() + "' on <" + element.name() + ">",
                     didYouMeanHint(attribute.name(), allowed));
        clean = false;
    }
    return clean;
}

}  // namespace brochure::ingest
