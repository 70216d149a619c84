#include "bind/style_sheet.h"

#include "layoutdef/grammar.h"
#include "layoutdef/values.h"


namespace brochure::bind {

namespace {

using layoutdef::Node;

ResolvedStyle builtin(const std::string& name) {
    ResolvedStyle s;
    auto heading = [&](double size, double before, double after) {
        s.text.size = size;
        s.text.bold = true;
        s.paragraph.spaceBefore = before;
        s.paragraph.spaceAfter = after;
        s.paragraph.keepWithNext = true;
    };
    if (name == "title") heading(28, 0, 12);
    else if (name == "h1") heading(18, 12, 8);
    else if (name == "h2") heading(13, 10, 6);
    else if (name == "h3") heading(11, 8, 4);
    else if (name == "label") {
        s.text.bold = true;
        s.paragraph.keepWithNext = true;
        s.paragraph.spaceAfter = 3;
    } else if (name == "note" || name == "caption") {
        s.text.size = 8.5;
        s.text.italic = true;
        if (name == "caption") s.paragraph.align = content::Align::center;
    } else if (name == "header" || name == "footer" || name == "chart") {
        s.text.size = 8;
    } else if (name == "table-header" || name == "table-total") {
        s.text.size = 9;
        s.text.bold = true;
    } else if (name == "table-body") {
        s.text.size = 9;
    }
    return s;
}

bool isBuiltin(const std::string& name) {
    for (const auto& n : layoutdef::builtinStyles())
        if (n == name) return true;
    return false;
}

void apply(const Node& node, ResolvedStyle& s) {
    using namespace layoutdef;
    if (node.has("font")) {
        // "Noto Serif, IPAexGothic": families in fallback order.
        s.text.families = parseFamilies(node.get("font"));
    }
    if (auto v = parseNumber(node.get("size"))) s.text.size = *v;
    if (auto v = parseBool(node.get("bold"))) s.text.bold = *v;
    if (auto v = parseBool(node.get("italic"))) s.text.italic = *v;
    if (auto v = parseBool(node.get("underline"))) s.text.underline = *v;
    if (auto v = parseColor(node.get("color"))) s.text.color = *v;
    if (auto v = parseAlign(node.get("align"))) s.paragraph.align = *v;
    if (auto v = parseNumber(node.get("line-height"))) s.paragraph.lineHeight = *v;
    if (auto v = parseLength(node.get("space-before"))) s.paragraph.spaceBefore = *v;
    if (auto v = parseLength(node.get("space-after"))) s.paragraph.spaceAfter = *v;
    if (auto v = parseLength(node.get("indent"))) s.paragraph.leftIndent = *v;
    if (auto v = parseLength(node.get("first-indent"))) s.paragraph.firstLineIndent = *v;
    if (auto v = parseColor(node.get("background"))) s.paragraph.background = *v;
    if (auto v = parseBool(node.get("keep-with-next"))) s.paragraph.keepWithNext = *v;
}

}  // namespace

StyleSheet::StyleSheet(const layoutdef::LayoutDef& layout) {
    for (const auto& child : layout.root.children) {
        if (child.element == "style") definitions_.emplace(child.get("name"), &child);
        if (child.element == "table-style") tableStyles_.emplace(child.get("name"), &child);
    }
    for (const auto& name : layoutdef::builtinStyles()) resolve(name, 0);
    for (const auto& [name, node] : definitions_) resolve(name, 0);
}

const ResolvedStyle& StyleSheet::resolve(const std::string& name, int depth) {
    if (auto it = resolved_.find(name); it != resolved_.end()) return it->second;
    auto definition = definitions_.find(name);
    ResolvedStyle style;
    // A cycle was reported by the reader; the depth limit only keeps a bad layout from looping.
    if (definition == definitions_.end() || depth > 32) {
        style = builtin(isBuiltin(name) ? name : "body");
        if (name != "body" && isBuiltin(name) && definitions_.count("body") && depth <= 32) {
            // A built-in style not redefined still takes the layout's body font and colour.
            const ResolvedStyle& body = resolve("body", depth + 1);
            style.text.families = body.text.families;
            style.text.color = body.text.color;
            style.paragraph.lineHeight = body.paragraph.lineHeight;
        }
    } else {
        const Node& node = *definition->second;
        if (node.has("parent")) style = resolve(node.get("parent"), depth + 1);
        else if (isBuiltin(name)) style = builtin(name);
        else if (name != "body") style = resolve("body", depth + 1);
        apply(node, style);
    }
    return resolved_.emplace(name, style).first->second;
}

const ResolvedStyle& StyleSheet::style(const std::string& name) const {
    auto it = resolved_.find(name);
    return it == resolved_.end() ? resolved_.at("body") : it->second;
}

content::TableStyle StyleSheet::tableStyle(const std::string& name) const {
    using namespace layoutdef;
    content::TableStyle table;
    table.headerText = style("table-header").text;
    table.bodyText = style("table-body").text;
    table.totalText = style("table-total").text;
    table.inner = {0.5, {0.75, 0.75, 0.75}};
    auto it = tableStyles_.find(name);
    if (it == tableStyles_.end()) return table;
    const Node& node = *it->second;
    if (node.has("header")) table.headerText = style(node.get("header")).text;
    if (node.has("body")) table.bodyText = style(node.get("body")).text;
    if (node.has("total")) table.totalText = style(node.get("total")).text;
    if (auto v = parseColor(node.get("header-background"))) table.headerBackground = *v;
    if (auto v = parseColor(node.get("stripe"))) table.stripeBackground = *v;
    if (auto v = parseColor(node.get("total-background"))) table.totalBackground = *v;
    if (auto v = parseColor(node.get("rule"))) table.inner.color = *v;
    if (auto v = parseLength(node.get("rule-width"))) table.inner.width = *v;
    if (auto v = parseColor(node.get("border"))) table.outer = {table.outer.width > 0 ? table.outer.width : 0.75, *v};
    if (auto v = parseLength(node.get("border-width"))) table.outer.width = *v;
    if (auto v = parseLength(node.get("padding"))) table.padding = *v;
    return table;
}

}  // namespace brochure::bind
