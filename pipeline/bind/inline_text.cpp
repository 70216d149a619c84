#include "bind/inline_text.h"

#include "layoutdef/values.h"

#include <cctype>

namespace brochure::bind {

namespace {

void collect(const layoutdef::Node& node, content::TextStyle style, const std::string& link,
             const Context& context, std::vector<content::Span>& spans) {
    for (const auto& child : node.children) {
        if (child.isText()) {
            spans.push_back({context.expand(child.text, child.position), style, link});
            continue;
        }
        content::TextStyle inner = style;
        std::string innerLink = link;
        const std::string& e = child.element;
        if (e == "b") inner.bold = true;
        else if (e == "i") inner.italic = true;
        else if (e == "u") inner.underline = true;
        else if (e == "color") inner.color = layoutdef::parseColor(child.get("value")).value_or(style.color);
        else if (e == "span") inner = context.styles.style(child.get("style")).text;
        else if (e == "a") innerLink = context.text(child, "href");
        else if (e == "br") {
            spans.push_back({"\n", style, link});
            continue;
        }
        collect(child, inner, innerLink, context, spans);
    }
}

// Collapses white space across span boundaries; drops spans left empty.
void collapse(std::vector<content::Span>& spans) {
    bool lastWasSpace = true;  // trims the start
    for (auto& span : spans) {
        if (span.text == "\n") {
            lastWasSpace = true;
            continue;
        }
        std::string out;
        for (char c : span.text) {
            if (std::isspace(static_cast<unsigned char>(c))) {
                if (!lastWasSpace) out += ' ';
                lastWasSpace = true;
            } else {
                out += c;
                lastWasSpace = false;
            }
        }
        span.text = std::move(out);
    }
    // Trim the end, and a space just before a line break.
    for (std::size_t i = spans.size(); i-- > 0;) {
        bool beforeBreak = i + 1 < spans.size() && spans[i + 1].text == "\n";
        if ((i + 1 == spans.size() || beforeBreak) && !spans[i].text.empty() && spans[i].text.back() == ' ')
            spans[i].text.pop_back();
    }
    std::erase_if(spans, [](const content::Span& s) { return s.text.empty(); });
}

}  // namespace

std::vector<content::Span> inlineSpans(const layoutdef::Node& node, const content::TextStyle& base,
                                       const Context& context) {
    std::vector<content::Span> spans;
    collect(node, base, {}, context, spans);
    collapse(spans);
    return spans;
}

std::vector<content::Span> plainSpans(const std::string& text, const content::TextStyle& style) {
    std::vector<content::Span> spans(1);  // built in place: no copy of the text and style
    spans[0].text = text;
    spans[0].style = style;
    collapse(spans);
    return spans;
}

}  // namespace brochure::bind
