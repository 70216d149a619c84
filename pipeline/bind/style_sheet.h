#pragma once
// Named styles resolved to concrete values. A <style> starts from its parent's resolved values
// (or, without a parent, from the built-in style of the same name, else "body") and overrides
// what it sets. Built-in styles give every layout sensible defaults.

#include "content/content.h"
#include "layoutdef/layout_def.h"

#include <map>
#include <string>

namespace brochure::bind {

struct ResolvedStyle {
    content::TextStyle text;
    content::ParagraphStyle paragraph;
};

class StyleSheet {
public:
    explicit StyleSheet(const layoutdef::LayoutDef& layout);

    // The style of this name; "body" for a name that is not defined (the reader already
    // reported unknown names, so this only happens for a layout that failed validation).
    const ResolvedStyle& style(const std::string& name) const;
    content::TableStyle tableStyle(const std::string& name) const;

private:
    const ResolvedStyle& resolve(const std::string& name, int depth);

    std::map<std::string, const layoutdef::Node*> definitions_;
    std::map<std::string, const layoutdef::Node*> tableStyles_;
    std::map<std::string, ResolvedStyle> resolved_;
};

}  // namespace brochure::bind
