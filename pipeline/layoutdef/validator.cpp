#include "layoutdef/validator.h"

#include "layoutdef/grammar.h"
#include "core/spelling.h"
#include "layoutdef/values.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace brochure::layoutdef {

namespace {

// Names a layout defines, with a set for lookups (a layout may define thousands) and a hint
// finder whose work is bounded however many references are misspelt.
struct NameList {
    std::vector<std::string> names;
    std::unordered_set<std::string> known;
    HintFinder hints{names};  // refers to `names`: a NameList stays where it was made

    NameList() = default;
    NameList(const NameList&) = delete;
    NameList& operator=(const NameList&) = delete;

    void add(const std::string& name) {
        if (known.insert(name).second) names.push_back(name);
    }
};

struct Names {
    NameList styles;       // defined + built-in
    NameList tableStyles;
    NameList masters;
};

bool contains(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

bool isBlank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

class Validator {
public:
    Validator(const LayoutDef& layout, Diagnostics& diagnostics)
        : layout_(layout), diagnostics_(diagnostics) {}

    void run() {
        collectNames();
        checkStyleCycles();
        checkElement(layout_.root, *findElement("layout"));
    }

private:
    void error(const std::string& code, SourcePosition at, const std::string& message,
               const std::string& hint = {}) {
        diagnostics_.error(code, layout_.file, at.line, at.column, message, hint);
    }

    void collectNames() {
        for (const auto& name : builtinStyles()) names_.styles.add(name);
        std::map<std::string, std::unordered_set<std::string>> seen;
        for (const auto& child : layout_.root.children) {
            NameList* list = nullptr;
            if (child.element == "style") list = &names_.styles;
            else if (child.element == "table-style") list = &names_.tableStyles;
            else if (child.element == "master") list = &names_.masters;
            if (!list || !child.has("name")) continue;
            const std::string name = child.get("name");
            if (!seen[child.element].insert(name).second) {
                error("L109", child.where("name"),
                      "duplicate " + child.element + " name '" + name + "'");
                continue;
            }
            list->add(name);
        }
    }

    // A style's parent chain must end; "h1 -> body -> h1" would never resolve. Each style is
    // walked once (a style reached again from another is already known to end or to loop), so
    // a chain of thousands of styles costs as much as thousands of separate ones. Every style on
    // a loop is reported, in the file's order.
    void checkStyleCycles() {
        std::unordered_map<std::string, const Node*> styles;
        for (const auto& child : layout_.root.children)
            if (child.element == "style" && child.has("name")) styles.emplace(child.get("name"), &child);
        enum class Walk { onPath, done };
        std::unordered_map<const Node*, Walk> walked;
        std::set<const Node*> onLoop;
        for (const auto& [name, start] : styles) {
            std::vector<const Node*> path;
            const Node* current = start;
            while (current && !walked.count(current)) {
                walked.emplace(current, Walk::onPath);
                path.push_back(current);
                auto parent = current->has("parent") ? styles.find(current->get("parent")) : styles.end();
                current = parent == styles.end() ? nullptr : parent->second;
            }
            if (current && walked.at(current) == Walk::onPath)  // the path came back to itself
                onLoop.insert(std::find(path.begin(), path.end(), current), path.end());
            for (const Node* node : path) walked[node] = Walk::done;
        }
        for (const auto& child : layout_.root.children)
            if (onLoop.count(&child))
                error("L110", child.where("parent"),
                      "style '" + child.get("name") + "' inherits from itself (through '" + child.get("parent") + "')");
    }

    void checkReference(const Attribute& a, NameList& list, const std::string& what) {
        if (list.known.count(a.value)) return;
        error("L108", a.position, "unknown " + what + " '" + a.value + "'", list.hints.hint(a.value));
    }

    void checkValue(const Node& node, const Attribute& a, const AttributeRule& rule) {
        auto bad = [&](const std::string& code, const std::string& expected, const std::string& hint = {}) {
            error(code, a.position,
                  "attribute '" + a.name + "' of <" + node.element + "> must be " + expected +
                      ", got \"" + a.value + "\"",
                  hint);
        };
        switch (rule.type) {
        case ValueType::text:
            break;
        case ValueType::sql:
            if (isBlank(a.value)) bad("L106", "an SQL query");
            break;
        case ValueType::length:
            if (!parseLength(a.value)) bad("L105", "a length such as 12pt, 10mm, 1cm or 0.5in");
            break;
        case ValueType::margins:
            if (!parseMargins(a.value)) bad("L105", "one to four lengths (top right bottom left)");
            break;
        case ValueType::width:
            if (!parseWidth(a.value)) bad("L105", "a percentage such as 15% or a length");
            break;
        case ValueType::pageSize:
            if (!parsePageSize(a.value)) bad("L105", "A4, A5, Letter or two lengths \"width height\"");
            break;
        case ValueType::color:
            if (!parseColor(a.value))
                bad("L104", "a colour #rrggbb, #rgb, cmyk(c m y k) or \"#rrggbb cmyk(c m y k)\"",
                    a.value.find("cmyk") != std::string::npos
                        ? "cmyk() takes four ink percentages from 0 to 100, e.g. cmyk(100 60 0 40)"
                        : std::string());
            break;
        case ValueType::number:
            if (!parseNumber(a.value)) bad("L106", "a number");
            break;
        case ValueType::integer:
            if (!parseInteger(a.value)) bad("L106", "a whole number");
            break;
        case ValueType::boolean:
            if (!parseBool(a.value)) bad("L107", "yes or no", didYouMeanHint(a.value, {"yes", "no"}));
            break;
        case ValueType::align: {
            std::vector<std::string> choices = {"left", "right", "center", "justify"};
            if (!parseAlign(a.value)) bad("L107", "one of " + joined(choices), didYouMeanHint(a.value, choices));
            break;
        }
        case ValueType::choice:
            if (!contains(rule.choices, a.value))
                bad("L107", "one of " + joined(rule.choices), didYouMeanHint(a.value, rule.choices));
            break;
        case ValueType::style:
            checkReference(a, names_.styles, "style");
            break;
        case ValueType::tableStyle:
            checkReference(a, names_.tableStyles, "table style");
            break;
        case ValueType::master:
            checkReference(a, names_.masters, "page master");
            break;
        }
    }

    void checkRanges(const Node& node) {
        auto atLeast = [&](const char* name, long long low, long long high) {
            if (!node.has(name)) return;
            auto value = parseInteger(node.get(name));
            if (value && (*value < low || *value > high))
                error("L106", node.where(name),
                      "attribute '" + std::string(name) + "' of <" + node.element + "> must be between " +
                          std::to_string(low) + " and " + std::to_string(high) + ", got " + node.get(name));
        };
        if (node.element == "heading") atLeast("level", 1, 4);
        if (node.element == "prose") atLeast("heading-level", 1, 4);
        if (node.element == "pivot") atLeast("latest", 1, 50);
        if (node.element == "toc") atLeast("depth", 1, 4);
        if (node.element == "chart") atLeast("max-bars", 2, 1'000'000);
        if (node.element == "columns") atLeast("count", 1, 12);
        if (node.element == "print-edition" && node.has("bleed")) {
            // Print shops ask for 3 to 5 mm; more than half an inch is a typo, not a bleed.
            auto bleed = parseLength(node.get("bleed"));
            if (bleed && *bleed > 36)
                error("L106", node.where("bleed"),
                      "attribute 'bleed' of <print-edition> must be at most 12.7mm (36pt), got " + node.get("bleed"));
        }
        if (node.element == "master") checkMasterRoom(node);
        if (node.element == "style" && node.has("size")) {
            auto size = parseNumber(node.get("size"));
            if (size && *size <= 0)
                error("L106", node.where("size"), "font size must be greater than 0, got " + node.get("size"));
        }
    }

    // <columns> holds <box>es (side by side), or with count="n" blocks that flow through n
    // columns; never both, and balance only flows.
    void checkColumnsForm(const Node& node) {
        const bool flowing = node.has("count");
        if (!flowing && node.has("balance"))
            error("L113", node.where("balance"), "'balance' applies to flowing columns only",
                  "add count=\"2\" (the blocks flow from column to column) or remove balance");
        for (const auto& child : node.children) {
            if (child.isText() || !findElement(child.element)) continue;
            if (flowing && child.element == "box")
                error("L113", child.position, "<box> is not allowed inside <columns count=...>",
                      "with count the blocks flow through the columns: put them directly in <columns>, "
                      "or remove count to set boxes side by side");
            else if (!flowing && child.element != "box")
                error("L113", child.position, "<" + child.element + "> is not allowed inside <columns> without count",
                      "put the blocks in <box> elements (side by side), or add count=\"2\" to let them flow");
        }
    }

    // A page master whose margins leave (almost) nothing of the page: said here, at the layout,
    // rather than when the first document using it is typeset.
    void checkMasterRoom(const Node& node) {
        const content::PageMaster defaults;
        const auto size = node.has("size") ? parsePageSize(node.get("size")) : PageSize{defaults.width, defaults.height};
        const auto margins = node.has("margin")
                                 ? parseMargins(node.get("margin"))
                                 : Margins{defaults.marginTop, defaults.marginRight, defaults.marginBottom, defaults.marginLeft};
        if (!size || !margins) return;  // reported as a bad value
        const double width = size->width - margins->left - margins->right;
        const double height = size->height - margins->top - margins->bottom;
        if (width >= content::kSmallestFrame && height >= content::kSmallestFrame) return;
        // The room is said in points while it is a page's order of size: a length of 1e107pt leaves
        // a number that has no place in a message (nor in an int).
        const std::string room = std::abs(width) < 1e6 && std::abs(height) < 1e6
                                     ? "leave " + std::to_string(int(width)) + " x " + std::to_string(int(height)) +
                                           " pt for content, less than " +
                                           std::to_string(int(content::kSmallestFrame)) + " pt each way"
                                     : "leave no room for content";
        error("L106", node.where(node.has("margin") ? "margin" : "size"),
              "the margins of page master '" + node.get("name") + "' " + room, "make the margins smaller than the page");
    }

    void checkElement(const Node& node, const ElementRule& rule) {
        for (const auto& a : node.attributes) {
            const AttributeRule* attributeRule = rule.attribute(a.name);
            if (!attributeRule) {
                error("L102", a.position, "unknown attribute '" + a.name + "' on <" + node.element + ">",
                      didYouMeanHint(a.name, rule.attributeNames()));
                continue;
            }
            checkValue(node, a, *attributeRule);
        }
        for (const auto& attributeRule : rule.attributes)
            if (attributeRule.required && !node.has(attributeRule.name))
                error("L103", node.position,
                      "<" + node.element + "> needs the attribute '" + attributeRule.name + "'");
        if (!rule.oneOf.empty() &&
            std::none_of(rule.oneOf.begin(), rule.oneOf.end(), [&](const std::string& n) { return node.has(n); }))
            error("L112", node.position,
                  "<" + node.element + "> needs one of the attributes " + joined(rule.oneOf));
        checkRanges(node);
        if (node.element == "columns") checkColumnsForm(node);
        for (const auto& child : node.children) {
            if (child.isText()) {
                if (!rule.text && !isBlank(child.text))
                    error("L111", child.position, "<" + node.element + "> cannot contain text",
                          rule.children.empty() ? std::string{}
                                                : "put the text inside one of: " + joined(rule.children));
                continue;
            }
            const ElementRule* childRule = findElement(child.element);
            if (!childRule) {
                error("L101", child.position, "unknown element <" + child.element + "> in <" + node.element + ">",
                      didYouMeanHint(child.element, rule.children));
                continue;
            }
            if (!contains(rule.children, child.element)) {
                error("L113", child.position, "<" + child.element + "> is not allowed inside <" + node.element + ">",
                      rule.children.empty() ? std::string{} : "allowed here: " + joined(rule.children));
                continue;
            }
            checkElement(child, *childRule);
        }
    }

    const LayoutDef& layout_;
    Diagnostics& diagnostics_;
    Names names_;
};

}  // namespace

void validateLayout(const LayoutDef& layout, Diagnostics& diagnostics) {
    Validator(layout, diagnostics).run();
}

}  // namespace brochure::layoutdef
