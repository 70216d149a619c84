#include "bind/prose_binder.h"

#include "bind/inline_text.h"
#include "core/spelling.h"
#include "layoutdef/values.h"

#include <algorithm>
#include <sstream>

namespace brochure::bind {

namespace {

const char* const kProseQuery =
    "SELECT key, kind, text FROM content WHERE section = :section AND _year = :year ORDER BY _seq";

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

void bindProse(const layoutdef::Node& node, const Context& context, std::vector<content::Block>& out) {
    layoutdef::Node query = node;  // the query is ours, but errors point at the <prose> element
    query.attributes.push_back({"query", kProseQuery, node.position});
    std::string section = context.text(node, "section");
    auto result = context.query(query, "query", {{":section", section}});
    if (!result) return;
    if (result->empty()) {
        context.error("L205", node.where("section"), "the content dataset has no section '" + section + "'");
        return;
    }
    std::vector<std::string> keys;
    for (const auto& row : result->rows) keys.push_back(toText(row[0]));
    auto find = [&](const char* attribute) -> std::optional<std::size_t> {
        std::string key = node.get(attribute);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) return i;
        context.error("L205", node.where(attribute), "section '" + section + "' has no content key '" + key + "'",
                      didYouMeanHint(key, keys));
        return std::nullopt;
    };
    std::size_t first = 0, last = keys.size() - 1;
    if (node.has("from")) {
        auto i = find("from");
        if (!i) return;
        first = *i;
    }
    if (node.has("to")) {
        auto i = find("to");
        if (!i) return;
        last = *i;
    }
    std::vector<std::string> skip = words(node.get("skip"));
    for (const auto& key : skip)
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            context.error("L205", node.where("skip"), "section '" + section + "' has no content key '" + key + "'",
                          didYouMeanHint(key, keys));

    int level = static_cast<int>(layoutdef::parseInteger(node.get("heading-level", "1")).value_or(1));
    content::List* openList = nullptr;  // consecutive items of one kind share a list
    std::string openKind;
    for (std::size_t i = first; i <= last && i < keys.size(); ++i) {
        if (std::find(skip.begin(), skip.end(), keys[i]) != skip.end()) continue;
        const std::string kind = toText(result->rows[i][1]);
        const std::string text = toText(result->rows[i][2]);
        if (kind == "bullet" || kind == "numbered") {
            if (!openList || openKind != kind) {
                content::List list;
                list.numbered = kind == "numbered";
                out.push_back(std::move(list));
                openList = &std::get<content::List>(out.back());
                openKind = kind;
            }
            const auto& style = context.styles.style("body");
            openList->items.push_back({plainSpans(text, style.text), style.paragraph});
            continue;
        }
        openList = nullptr;
        if (kind == "heading" || kind == "subheading") {
            content::Heading heading;
            heading.level = kind == "heading" ? level : level + 1;
            const auto& style = context.styles.style("h" + std::to_string(std::min(heading.level, 3)));
            heading.text = {plainSpans(text, style.text), style.paragraph};
            heading.anchor = context.uniqueAnchor(keys[i]);
            out.push_back(std::move(heading));
            continue;
        }
        std::string styleName = kind == "title" ? "title" : kind == "label" ? "label" : kind == "note" ? "note" : "body";
        const auto& style = context.styles.style(styleName);
        out.push_back(content::Paragraph{plainSpans(text, style.text), style.paragraph});
    }
}

}  // namespace brochure::bind
