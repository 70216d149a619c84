#pragma once
// The LayoutDef: a layout file after reading and validation. It keeps the file's element tree
// (elements, attributes and text, each with its line:column) because the bind stage interprets
// it against data; everything in it has already been checked against the grammar (grammar.h):
// every element and attribute is known, every required attribute present, every length, colour,
// number and style reference valid. Bind can therefore read values without re-validating them.

#include "core/line_index.h"

#include <optional>
#include <string>
#include <vector>

namespace brochure::layoutdef {

struct Attribute {
    std::string name;
    std::string value;
    SourcePosition position;
};

struct Node {
    std::string element;           // "" for a text node
    std::string text;              // text nodes only (as written, white space not yet collapsed)
    SourcePosition position;
    std::vector<Attribute> attributes;
    std::vector<Node> children;

    bool isText() const { return element.empty(); }
    const Attribute* attribute(const std::string& name) const;
    bool has(const std::string& name) const { return attribute(name) != nullptr; }
    // The attribute's value, or `fallback` when it is absent.
    std::string get(const std::string& name, const std::string& fallback = {}) const;
    // Where the attribute was written; the element's own position when it is absent.
    SourcePosition where(const std::string& name) const;
    // Child elements with this name, in document order.
    std::vector<const Node*> childrenNamed(const std::string& name) const;
    const Node* firstChild(const std::string& name) const;
    // The concatenated text of the node's text children.
    std::string ownText() const;
};

struct LayoutDef {
    std::string file;              // path as given, for diagnostics
    std::string directory;         // folder of the file, for relative paths in it
    Node root;                     // the <layout> element
    // Folders images may come from (after following symbolic links); the app sets the project,
    // data and layouts folders. Empty: no restriction (layouts bound in memory by tests).
    std::vector<std::string> imageRoots;
};

}  // namespace brochure::layoutdef
