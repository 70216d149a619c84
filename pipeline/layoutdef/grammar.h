#pragma once
// The grammar of the layout language in one table: which elements exist, which attributes each
// takes (with their value types) and which children each allows. The reader validates against it
// and takes its "did you mean" candidates from it; docs/layouts.md describes the same table.

#include <string>
#include <utility>
#include <vector>

namespace brochure::layoutdef {

enum class ValueType {
    text,        // any text; may contain {placeholders}
    sql,         // a SELECT statement with :named parameters
    length,      // 12, 12pt, 10mm, 1cm, 0.5in
    color,       // #rrggbb or #rgb
    number,      // decimal
    integer,     // whole number
    boolean,     // yes / no
    choice,      // one of AttributeRule::choices
    style,       // name of a <style> (or a built-in one)
    tableStyle,  // name of a <table-style>
    master,      // name of a <master>
    width,       // 15% or a length
    margins,     // 1-4 lengths
    pageSize,    // A4, A5, Letter, or "width height"
    align,       // left, right, center, justify
};

struct AttributeRule {
    AttributeRule(std::string n, ValueType t = ValueType::text, bool r = false,
                  std::vector<std::string> c = {})
        : name(std::move(n)), type(t), required(r), choices(std::move(c)) {}
    std::string name;
    ValueType type = ValueType::text;
    bool required = false;
    std::vector<std::string> choices;  // for ValueType::choice
};

struct ElementRule {
    ElementRule(std::string n, std::vector<AttributeRule> a, std::vector<std::string> c,
                bool t = false, std::vector<std::string> o = {})
        : name(std::move(n)), attributes(std::move(a)), children(std::move(c)), text(t),
          oneOf(std::move(o)) {}
    std::string name;
    std::vector<AttributeRule> attributes;
    std::vector<std::string> children;  // allowed child elements
    bool text = false;                  // may contain text
    // At least one of these attributes must be present (e.g. image: photo or src).
    std::vector<std::string> oneOf;

    const AttributeRule* attribute(const std::string& attributeName) const;
    std::vector<std::string> attributeNames() const;
};

// The rule for an element name, or nullptr when the language has no such element.
const ElementRule* findElement(const std::string& name);

// Style names every layout may use without defining them; bind gives them defaults.
const std::vector<std::string>& builtinStyles();

}  // namespace brochure::layoutdef
