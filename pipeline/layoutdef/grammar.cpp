#include "layoutdef/grammar.h"

#include <map>

namespace brochure::layoutdef {

namespace {

using T = ValueType;

const std::vector<std::string> kInline = {"b", "i", "u", "a", "color", "span", "br"};
const std::vector<std::string> kBlocks = {"heading", "paragraph", "prose", "list",   "table",
                                          "pivot",   "image",     "qr",    "chart",  "toc",
                                          "page-break", "spacer", "columns", "with"};
const std::vector<std::string> kBlocksAndBox = [] {
    std::vector<std::string> children = kBlocks;
    children.push_back("box");
    return children;
}();
const std::vector<std::string> kIfEmpty = {"hide", "warn", "error"};

std::map<std::string, ElementRule> buildGrammar() {
    std::vector<ElementRule> rules = {
        {"layout",
         {{"name", T::text}, {"output", T::text, true}, {"title", T::text}, {"images", T::text}},
         {"metadata", "jobs", "print-edition", "master", "style", "table-style", "section"}},
        {"metadata",
         {{"title", T::text}, {"author", T::text}, {"subject", T::text}, {"keywords", T::text},
          {"language", T::text}},
         {}},
        {"jobs", {{"query", T::sql, true}}, {}},
        // The document also has a print edition (docs/print.md): bleed, crop marks, CMYK.
        {"print-edition", {{"output", T::text}, {"bleed", T::length}, {"crop-marks", T::boolean}}, {}},
        {"master",
         {{"name", T::text, true}, {"size", T::pageSize}, {"margin", T::margins},
          {"background", T::color}, {"header-rule", T::color}, {"header-on-first", T::boolean}},
         {"header", "footer"}},
        {"header", {{"align", T::align}, {"style", T::style}}, {}, true},
        {"footer", {{"align", T::align}, {"style", T::style}}, {}, true},
        {"style",
         {{"name", T::text, true}, {"parent", T::style}, {"font", T::text}, {"size", T::number},
          {"bold", T::boolean}, {"italic", T::boolean}, {"underline", T::boolean},
          {"color", T::color}, {"align", T::align}, {"line-height", T::number},
          {"space-before", T::length}, {"space-after", T::length}, {"indent", T::length},
          {"first-indent", T::length}, {"background", T::color}, {"keep-with-next", T::boolean}},
         {}},
        {"table-style",
         {{"name", T::text, true}, {"header", T::style}, {"body", T::style}, {"total", T::style},
          {"header-background", T::color}, {"stripe", T::color}, {"total-background", T::color},
          {"rule", T::color}, {"rule-width", T::length}, {"border", T::color},
          {"border-width", T::length}, {"padding", T::length}},
         {}},
        {"section",
         {{"title", T::text}, {"master", T::master}, {"page-break", T::boolean},
          {"when", T::choice, false, {"rows", "always"}}},
         kBlocks},
        {"heading",
         {{"level", T::integer}, {"style", T::style}, {"anchor", T::text}, {"outline", T::boolean}},
         kInline, true},
        {"paragraph", {{"style", T::style}}, kInline, true},
        {"prose",
         {{"section", T::text, true}, {"from", T::text}, {"to", T::text},
          {"skip", T::text}, {"heading-level", T::integer}},
         {}},
        {"list",
         {{"numbered", T::boolean}, {"style", T::style}, {"bullet", T::text}, {"indent", T::length}},
         {"item"}},
        {"item", {}, kInline, true},
        {"table",
         {{"name", T::text}, {"query", T::sql, true}, {"style", T::tableStyle}, {"width", T::width},
          {"caption", T::text}, {"if-empty", T::choice, false, kIfEmpty},
          {"total-label", T::text}},
         {"column", "group"}},
        {"group", {{"title", T::text, true}}, {"column"}},
        {"column",
         {{"field", T::text, true}, {"title", T::text},
          {"format", T::choice, false, {"text", "count", "integer", "number", "percent", "month"}},
          {"align", T::align}, {"width", T::width}, {"merge", T::boolean}, {"keep", T::boolean},
          {"total", T::choice, false, {"sum", "label", "none"}}, {"empty", T::text}},
         {}},
        {"pivot",
         {{"name", T::text}, {"query", T::sql, true}, {"row", T::text, true},
          {"start", T::text, true}, {"end", T::text, true}, {"value", T::text, true},
          {"latest", T::integer}, {"row-title", T::text}, {"group", T::text},
          {"year-format", T::choice, false, {"short", "long"}}, {"empty", T::text},
          {"order", T::choice, false, {"query", "total"}}, {"total-label", T::text},
          {"totals", T::boolean},
          {"style", T::tableStyle}, {"width", T::width}, {"caption", T::text},
          {"if-empty", T::choice, false, kIfEmpty}},
         {}},
        {"image",
         {{"photo", T::text}, {"src", T::text}, {"caption", T::text}, {"width", T::length},
          {"height", T::length}, {"caption-style", T::style}},
         {}, false, {"photo", "src"}},
        {"qr",
         {{"data", T::text}, {"size", T::length}, {"caption-style", T::style}},
         kInline, true, {"data"}},
        {"chart",
         {{"query", T::sql, true}, {"label", T::text, true}, {"value", T::text, true},
          {"title", T::text}, {"width", T::length}, {"height", T::length}, {"color", T::color},
          {"style", T::style}, {"if-empty", T::choice, false, kIfEmpty}, {"max-bars", T::integer}},
         {}},
        {"toc", {{"title", T::text}, {"depth", T::integer}, {"style", T::style}}, {}},
        {"page-break", {}, {}},
        {"spacer", {{"height", T::length, true}}, {}},
        // Boxes side by side, or (with count) blocks flowing through the columns; checkColumns
        // keeps the two forms apart.
        {"columns", {{"gap", T::length}, {"count", T::integer}, {"balance", T::boolean}}, kBlocksAndBox},
        {"box", {}, kBlocks},
        {"with",
         {{"query", T::sql, true}, {"if-empty", T::choice, false, kIfEmpty}},
         kBlocks},
        {"b", {}, kInline, true},
        {"i", {}, kInline, true},
        {"u", {}, kInline, true},
        {"a", {{"href", T::text, true}}, kInline, true},
        {"color", {{"value", T::color, true}}, kInline, true},
        {"span", {{"style", T::style, true}}, kInline, true},
        {"br", {}, {}},
    };
    std::map<std::string, ElementRule> byName;
    for (auto& rule : rules) byName.emplace(rule.name, std::move(rule));
    return byName;
}

}  // namespace

const AttributeRule* ElementRule::attribute(const std::string& attributeName) const {
    for (const auto& a : attributes)
        if (a.name == attributeName) return &a;
    return nullptr;
}

std::vector<std::string> ElementRule::attributeNames() const {
    std::vector<std::string> names;
    for (const auto& a : attributes) names.push_back(a.name);
    return names;
}

const ElementRule* findElement(const std::string& name) {
    static const std::map<std::string, ElementRule> grammar = buildGrammar();
    auto it = grammar.find(name);
    return it == grammar.end() ? nullptr : &it->second;
}

const std::vector<std::string>& builtinStyles() {
    static const std::vector<std::string> names = {
        "body", "title", "h1", "h2", "h3", "label", "note", "caption", "header", "footer",
        "table-header", "table-body", "table-total", "toc", "chart"};
    return names;
}

}  // namespace brochure::layoutdef
