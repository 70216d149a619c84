#include "bind/block_binder.h"

#include "bind/inline_text.h"
#include "bind/prose_binder.h"
#include "bind/table_binder.h"
#include "core/path_guard.h"
#include "core/world.h"
#include "core/spelling.h"
#include "layoutdef/values.h"

#include <cmath>
#include <filesystem>

namespace brochure::bind {

namespace {

using layoutdef::Node;

content::Paragraph paragraph(const Node& node, const std::string& defaultStyle, const Context& context) {
    const auto& style = context.styles.style(node.get("style", defaultStyle));
    return {inlineSpans(node, style.text, context), style.paragraph, {node.position.line, node.position.column}};
}

content::Heading heading(const Node& node, const Context& context) {
    content::Heading h;
    h.level = static_cast<int>(layoutdef::parseInteger(node.get("level", "1")).value_or(1));
    h.text = paragraph(node, "h" + std::to_string(std::min(h.level, 3)), context);
    std::string plain;
    for (const auto& span : h.text.spans) plain += span.text;
    h.anchor = context.uniqueAnchor(node.has("anchor") ? node.get("anchor") : plain);
    h.inOutline = layoutdef::parseBool(node.get("outline", "yes")).value_or(true);
    return h;
}

content::List list(const Node& node, const Context& context) {
    content::List l;
    l.numbered = layoutdef::parseBool(node.get("numbered", "no")).value_or(false);
    if (node.has("bullet")) l.bullet = node.get("bullet");
    if (auto indent = layoutdef::parseLength(node.get("indent"))) l.indent = *indent;
    for (const Node* item : node.childrenNamed("item")) l.items.push_back(paragraph(*item, node.get("style", "body"), context));
    return l;
}

std::vector<content::Span> caption(const std::string& text, const Node& node, const Context& context) {
    return plainSpans(text, context.styles.style(node.get("caption-style", "caption")).text);
}

std::optional<content::Image> image(const Node& node, const Context& context) {
    content::Image img;
    std::string file;
    std::string captionText = context.text(node, "caption");
    std::string namedBy;  // the photos export row that named the file, for L206
    if (node.has("photo")) {
        Node query = node;
        query.attributes.push_back({"query",
                                    "SELECT key, file, caption, _file, _line FROM photos WHERE _year = :year ORDER BY _seq",
                                    node.where("photo")});
        auto result = context.query(query);
        if (!result) return std::nullopt;
        std::string key = context.text(node, "photo");
        std::vector<std::string> keys;
        for (const auto& row : result->rows) {
            keys.push_back(toText(row[0]));
            if (keys.back() != key) continue;
            file = toText(row[1]);
            if (!node.has("caption")) captionText = toText(row[2]);
            namedBy = " (named by the photos row '" + key + "'";
            const int exportFile = result->columnIndex("_file"), exportLine = result->columnIndex("_line");
            if (exportFile >= 0 && exportLine >= 0)
                namedBy += " at " + toText(row[static_cast<std::size_t>(exportFile)]) + ":" +
                           toText(row[static_cast<std::size_t>(exportLine)]);
            namedBy += ")";
        }
        if (file.empty()) {
            context.error("L205", node.where("photo"), "the photos dataset has no key '" + key + "'",
                          didYouMeanHint(key, keys));
            return std::nullopt;
        }
        // Photo files live in the images folder, which is relative to the layout's folder.
        file = (std::filesystem::path(context.layout.root.get("images", "../data/images")) / file).string();
    } else {
        file = context.text(node, "src");
    }
    std::filesystem::path path(file);
    if (path.is_relative()) path = std::filesystem::path(context.layout.directory) / path;
    img.path = path.lexically_normal().string();
    if (!isInsideAny(img.path, context.layout.imageRoots)) {
        std::string target = resolvedPath(img.path);
        bool link = target != std::filesystem::absolute(img.path).lexically_normal().string();
        context.error("L230", node.where(node.has("photo") ? "photo" : "src"),
                      "image file '" + img.path + "' is outside the project" +
                          (link ? " (a symbolic link to '" + target + "')" : ""),
                      "keep images in the project's folders (a symbolic link counts where it points)");
        return std::nullopt;
    }
    // A missing picture is an error, found while binding (so `check` reports it too), never a
    // blank space or a build that fails later without a place.
    if (!realWorld().exists(img.path)) {
        context.error("L206", node.where(node.has("photo") ? "photo" : "src"),
                      "image file '" + img.path + "' does not exist" + namedBy,
                      node.has("photo") ? "add the file to the images folder, or correct its name in the photos export"
                                        : "add the file, or correct the path (relative to the layout's folder)");
        return std::nullopt;
    }
    if (auto w = layoutdef::parseLength(node.get("width"))) img.width = *w;
    if (auto h = layoutdef::parseLength(node.get("height"))) img.height = *h;
    if (img.width > 0 && img.height > 0) img.fit = content::Fit::box;
    else if (img.height > 0) img.fit = content::Fit::height;
    img.caption = caption(captionText, node, context);
    return img;
}

content::QrCode qr(const Node& node, const Context& context) {
    content::QrCode code;
    code.data = context.text(node, "data");
    if (code.data.empty())
        context.error("L209", node.where("data"), "the QR code's data is empty: there is nothing to encode",
                      "give data a URL, or a {field} that is not empty for every row");
    if (auto size = layoutdef::parseLength(node.get("size"))) code.size = *size;
    code.caption = inlineSpans(node, context.styles.style(node.get("caption-style", "caption")).text, context);
    return code;
}

// max-bars="N": the first N-1 rows keep their bars and the rest add up to a last bar labelled
// "Other (K more)", so a reader sees that rows were folded and what they add up to.
void foldIntoOther(const Node& node, content::BarChart& chart) {
    const auto maxBars = layoutdef::parseInteger(node.get("max-bars"));
    if (!maxBars || chart.values.size() <= static_cast<std::size_t>(*maxBars)) return;
    const auto kept = static_cast<std::size_t>(*maxBars - 1);
    double other = 0;
    for (std::size_t i = kept; i < chart.values.size(); ++i) other += chart.values[i];
    const std::size_t folded = chart.values.size() - kept;
    chart.labels.resize(kept);
    chart.values.resize(kept);
    chart.labels.push_back("Other (" + std::to_string(folded) + " more)");
    chart.values.push_back(other);
}

std::optional<content::BarChart> chart(const Node& node, const Context& context) {
    auto result = context.query(node);
    if (!result) return std::nullopt;
    auto label = context.column(*result, node, "label");
    auto value = context.column(*result, node, "value");
    if (!label || !value) return std::nullopt;
    if (result->empty()) {
        reportEmpty(node, context);
        return std::nullopt;
    }
    content::BarChart c;
    c.title = context.text(node, "title");
    for (std::size_t r = 0; r < result->rows.size(); ++r) {
        const auto& row = result->rows[r];
        const std::optional<double> number = numberOf(row[*value]);
        // A bar of zero for a text or NULL would be a number nobody gave: the query must say.
        if (!number || !std::isfinite(*number)) {
            context.error("L207", node.where("value"),
                          "the chart needs numbers in '" + node.get("value") + "'; row " + std::to_string(r + 1) +
                              " ('" + toText(row[*label]) + "') has " +
                              (isNull(row[*value]) ? std::string("NULL") : "\"" + toText(row[*value]) + "\""),
                          "select a numeric column, or write COALESCE(column, 0) to plot a missing value as zero");
            return std::nullopt;
        }
        c.labels.push_back(toText(row[*label]));
        c.values.push_back(*number);
    }
    foldIntoOther(node, c);
    if (auto w = layoutdef::parseLength(node.get("width"))) c.width = *w;
    if (auto h = layoutdef::parseLength(node.get("height"))) c.height = *h;
    if (auto color = layoutdef::parseColor(node.get("color"))) c.barColor = *color;
    c.labelStyle = context.styles.style(node.get("style", "chart")).text;
    return c;
}

content::TableOfContents toc(const Node& node, const Context& context) {
    content::TableOfContents t;
    t.title = context.text(node, "title", "Contents");
    t.style = context.styles.style(node.get("style", "toc")).text;
    t.depth = static_cast<int>(layoutdef::parseInteger(node.get("depth", "2")).value_or(2));
    return t;
}

// <with query>: its first row's columns become {fields} for the blocks inside; no rows, no blocks.
void with(const Node& node, const Context& context, std::vector<content::Block>& out, DataCount& data) {
    ++data.blocks;
    auto result = context.query(node);
    if (!result) return;
    if (result->empty()) {
        reportEmpty(node, context);
        return;
    }
    ++data.withRows;
    Context inner = context;
    for (std::size_t i = 0; i < result->columns.size(); ++i) inner.fields[result->columns[i]] = result->rows[0][i];
    DataCount innerData;
    bindBlocks(node, inner, out, innerData);
}

// One element of a run of blocks -> its content blocks (none, one, or several for prose and with).
void bindBlock(const Node& node, const Context& context, std::vector<content::Block>& out, DataCount& data) {
    const std::string& e = node.element;
    if (e == "heading") out.push_back(heading(node, context));
    else if (e == "paragraph") out.push_back(paragraph(node, "body", context));
    else if (e == "list") out.push_back(list(node, context));
    else if (e == "prose") bindProse(node, context, out);
    else if (e == "table" || e == "pivot") {
        ++data.blocks;
        auto table = e == "table" ? bindTable(node, context) : bindPivot(node, context);
        if (!table) return;
        ++data.withRows;
        out.push_back(std::move(*table));
    } else if (e == "chart") {
        ++data.blocks;
        auto c = chart(node, context);
        if (!c) return;
        ++data.withRows;
        out.push_back(std::move(*c));
    } else if (e == "image") {
        if (auto img = image(node, context)) out.push_back(std::move(*img));
    } else if (e == "qr") out.push_back(qr(node, context));
    else if (e == "toc") out.push_back(toc(node, context));
    else if (e == "page-break") out.push_back(content::PageBreak{});
    else if (e == "spacer") out.push_back(content::Spacer{layoutdef::parseLength(node.get("height")).value_or(12)});
    else if (e == "with") with(node, context, out, data);
    else if (e == "columns") {
        content::Columns columns;
        if (auto gap = layoutdef::parseLength(node.get("gap"))) columns.gap = *gap;
        columns.count = static_cast<int>(layoutdef::parseInteger(node.get("count")).value_or(0));
        columns.balance = layoutdef::parseBool(node.get("balance")).value_or(false);
        if (columns.count > 0) {
            columns.columns.emplace_back();
            bindBlocks(node, context, columns.columns.back(), data);
        } else {
            for (const Node* box : node.childrenNamed("box")) {
                columns.columns.emplace_back();
                bindBlocks(*box, context, columns.columns.back(), data);
            }
        }
        out.push_back(std::move(columns));
    }
}

// Records where a block was written, so the typesetter can locate what it cannot place. Blocks
// made from data (<prose>) take their element's place; blocks of a nested <with> keep theirs.
void locate(content::Block& block, const SourcePosition& at) {
    std::visit(
        [&](auto& b) {
            using T = std::decay_t<decltype(b)>;
            content::SourceRef* ref = nullptr;
            if constexpr (std::is_same_v<T, content::Heading>) ref = &b.text.source;
            else if constexpr (std::is_same_v<T, content::PageBreak> || std::is_same_v<T, content::Spacer>) return;
            else ref = &b.source;
            if (ref->line == 0) *ref = {at.line, at.column};
        },
        block);
}

}  // namespace

void bindBlocks(const Node& parent, const Context& context, std::vector<content::Block>& out, DataCount& data) {
    for (const auto& node : parent.children) {
        const std::size_t first = out.size();
        bindBlock(node, context, out, data);
        for (std::size_t b = first; b < out.size(); ++b) locate(out[b], node.position);
    }
}

}  // namespace brochure::bind
