#include "layoutdef/layout_def.h"

namespace brochure::layoutdef {

const Attribute* Node::attribute(const std::string& name) const {
    for (const auto& a : attributes)
        if (a.name == name) return &a;
    return nullptr;
}

std::string Node::get(const std::string& name, const std::string& fallback) const {
    const Attribute* a = attribute(name);
    return a ? a->value : fallback;
}

SourcePosition Node::where(const std::string& name) const {
    const Attribute* a = attribute(name);
    return a ? a->position : position;
}

std::vector<const Node*> Node::childrenNamed(const std::string& name) const {
    std::vector<const Node*> found;
    for (const auto& c : children)
        if (c.element == name) found.push_back(&c);
    return found;
}

const Node* Node::firstChild(const std::string& name) const {
    for (const auto& c : children)
        if (c.element == name) return &c;
    return nullptr;
}

std::string Node::ownText() const {
    std::string text;
    for (const auto& c : children)
        if (c.isText()) text += c.text;
    return text;
}

}  // namespace brochure::layoutdef
