#include "layoutdef/reader.h"

#include "core/xml_checks.h"
#include "layoutdef/validator.h"

#include <pugixml.hpp>

#include <cctype>
#include <filesystem>

namespace brochure::layoutdef {

namespace {

// L004 larger than the size limit, L005 not UTF-8, L006 nested deeper than the depth limit,
// L007 a <!DOCTYPE>, L008 a character that cannot be printed (a control character, a noncharacter).
constexpr XmlCheckCodes kXmlCheckCodes{"L004", "L005", "L006", "L007", "L008"};

// pugixml knows where an element starts but not where its attributes are: scan the start tag.
// `offset` points at the element name (just after '<').
std::vector<std::ptrdiff_t> attributeOffsets(std::string_view text, std::ptrdiff_t offset,
                                             std::size_t count) {
    std::vector<std::ptrdiff_t> offsets;
    auto i = static_cast<std::size_t>(offset);
    auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (i < text.size() && !isSpace(text[i]) && text[i] != '>' && text[i] != '/') ++i;  // name
    while (offsets.size() < count && i < text.size()) {
        while (i < text.size() && isSpace(text[i])) ++i;
        if (i >= text.size() || text[i] == '>' || text[i] == '/') break;
        offsets.push_back(static_cast<std::ptrdiff_t>(i));
        while (i < text.size() && text[i] != '=' && text[i] != '>') ++i;
        if (i >= text.size() || text[i] == '>') break;
        ++i;
        while (i < text.size() && isSpace(text[i])) ++i;
        if (i >= text.size()) break;
        char quote = text[i];
        if (quote != '"' && quote != '\'') break;
        ++i;
        while (i < text.size() && text[i] != quote) ++i;
        ++i;
    }
    while (offsets.size() < count) offsets.push_back(offset);
    return offsets;
}

Node convert(const pugi::xml_node& xml, std::string_view text, const LineIndex& lines) {
    Node node;
    node.position = lines.at(xml.offset_debug());
    if (xml.type() == pugi::node_pcdata || xml.type() == pugi::node_cdata) {
        node.text = xml.value();
        return node;
    }
    node.element = xml.name();
    std::size_t count = 0;
    for (auto a = xml.first_attribute(); a; a = a.next_attribute()) ++count;
    auto offsets = attributeOffsets(text, xml.offset_debug(), count);
    std::size_t index = 0;
    for (auto a = xml.first_attribute(); a; a = a.next_attribute(), ++index)
        node.attributes.push_back({a.name(), a.value(), lines.at(offsets[index])});
    for (auto child = xml.first_child(); child; child = child.next_sibling()) {
        auto type = child.type();
        if (type == pugi::node_element || type == pugi::node_pcdata || type == pugi::node_cdata)
            node.children.push_back(convert(child, text, lines));
    }
    return node;
}

}  // namespace

std::optional<LayoutDef> parseLayout(const std::string& text, const std::string& file,
                                     Diagnostics& diagnostics) {
    LineIndex lines(text);
    if (!checkXmlBytes(text, file, lines, kXmlCheckCodes, diagnostics)) return std::nullopt;
    pugi::xml_document document;
    // Keep white-space-only text: in mixed content ("<b>a</b> <i>b</i>") the space matters.
    auto result = document.load_buffer(text.data(), text.size(),
                                       pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result) {
        auto where = lines.at(result.offset);
        diagnostics.error("L002", file, where.line, where.column,
                          std::string("malformed XML: ") + result.description());
        return std::nullopt;
    }
    // convert() below recurses once per level: the depth limit keeps it far from the stack's end.
    if (!checkXmlDepth(document, file, lines, kXmlCheckCodes, diagnostics)) return std::nullopt;
    auto rootXml = document.document_element();
    if (std::string(rootXml.name()) != "layout") {
        auto where = lines.at(rootXml.offset_debug());
        diagnostics.error("L003", file, where.line, where.column,
                          "the root element must be <layout>, found <" + std::string(rootXml.name()) + ">");
        return std::nullopt;
    }
    LayoutDef layout;
    layout.file = file;
    layout.directory = std::filesystem::path(file).parent_path().string();
    layout.root = convert(rootXml, text, lines);
    std::size_t errorsBefore = diagnostics.errorCount();
    validateLayout(layout, diagnostics);
    if (diagnostics.errorCount() > errorsBefore) return std::nullopt;
    return layout;
}

std::optional<LayoutDef> readLayout(const std::string& path, Diagnostics& diagnostics,
                                    const World& world) {
    FileContents contents = world.readFile(path);
    if (!contents.ok()) {
        diagnostics.error("L001", path, 0, 0, "cannot read layout: " + contents.error);
        return std::nullopt;
    }
    return parseLayout(contents.bytes, path, diagnostics);
}

}  // namespace brochure::layoutdef
