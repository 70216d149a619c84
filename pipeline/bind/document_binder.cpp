#include "bind/bind.h"

#include "bind/block_binder.h"
#include "bind/context.h"
#include "bind/inline_text.h"
#include "layoutdef/values.h"

#include <filesystem>

namespace brochure::bind {

namespace {

using layoutdef::Node;

Fields fieldsOf(const Params& params) {
    Fields fields;
    for (const auto& [name, value] : params) fields[name.starts_with(':') ? name.substr(1) : name] = value;
    return fields;
}

// Where a header's or footer's text starts, for L204: its first text, else the element.
SourcePosition textPosition(const Node& node) {
    for (const Node& child : node.children)
        if (child.isText()) return child.position;
    return node.position;
}

std::vector<content::HeaderFooterField> headerFields(const Node& master, const std::string& element,
                                                     const Context& context) {
    // Running headers take every field a paragraph takes. {page}, {pages}, {section} and {title}
    // are known only after pagination: they stay as written for the typesetter to fill in.
    Context furniture = context;
    for (const char* name : {"page", "pages", "section", "title"}) furniture.fields[name] = "{" + std::string(name) + "}";
    std::vector<content::HeaderFooterField> fields;
    for (const Node* node : master.childrenNamed(element)) {
        content::HeaderFooterField field;
        auto spans = plainSpans(node->ownText(), {});
        field.text = spans.empty() ? std::string{} : furniture.expand(spans.front().text, textPosition(*node));
        field.align = layoutdef::parseAlign(node->get("align", "left")).value_or(content::Align::left);
        field.style = context.styles.style(node->get("style", element)).text;
        field.source = {node->position.line, node->position.column};
        fields.push_back(std::move(field));
    }
    return fields;
}

content::PageMaster master(const Node& node, const Context& context) {
    content::PageMaster m;
    m.name = node.get("name");
    if (auto size = layoutdef::parsePageSize(node.get("size", "A4"))) m.width = size->width, m.height = size->height;
    if (auto margins = layoutdef::parseMargins(node.get("margin"))) {
        m.marginTop = margins->top;
        m.marginRight = margins->right;
        m.marginBottom = margins->bottom;
        m.marginLeft = margins->left;
    }
    m.header = headerFields(node, "header", context);
    m.footer = headerFields(node, "footer", context);
    m.headerOnFirstPage = layoutdef::parseBool(node.get("header-on-first", "no")).value_or(false);
    m.background = layoutdef::parseColor(node.get("background"));
    m.headerRule = layoutdef::parseColor(node.get("header-rule"));
    m.source = {node.position.line, node.position.column};
    return m;
}

content::Metadata metadata(const Node& root, const Context& context) {
    content::Metadata meta;
    meta.title = context.text(root, "title");
    if (const Node* node = root.firstChild("metadata")) {
        meta.title = context.text(*node, "title", meta.title);
        meta.author = context.text(*node, "author");
        meta.subject = context.text(*node, "subject");
        meta.keywords = context.text(*node, "keywords");
        meta.language = context.text(*node, "language", "en");
    }
    return meta;
}

}  // namespace

content::Document bind(const layoutdef::LayoutDef& layout, const QuerySource& source, const Params& params,
                       Diagnostics& diagnostics) {
    StyleSheet styles(layout);
    std::set<std::string> anchors;
    Context context{layout, source, params, fieldsOf(params), styles, diagnostics, &anchors};

    content::Document document;
    document.metadata = metadata(layout.root, context);
    for (const Node* node : layout.root.childrenNamed("master")) document.masters.push_back(master(*node, context));
    if (document.masters.empty()) document.masters.push_back({});

    for (const Node* node : layout.root.childrenNamed("section")) {
        content::Section section;
        section.title = context.text(*node, "title");
        section.master = node->get("master");
        section.pageBreakBefore = layoutdef::parseBool(node->get("page-break", "no")).value_or(false);
        DataCount data;
        bindBlocks(*node, context, section.blocks, data);
        // A data section whose every query came back empty is left out: no lonely heading.
        bool hidden = node->get("when", "rows") == "rows" && data.blocks > 0 && data.withRows == 0;
        if (!hidden) document.sections.push_back(std::move(section));
    }
    return document;
}

namespace {

// L220 unless `output` is a relative path that stays inside the output folder.
bool insideOutputFolder(const std::string& output, const Context& context, SourcePosition where) {
    std::filesystem::path path(output);
    bool escapes = path.is_absolute() || output.empty();
    for (const auto& part : path.lexically_normal())
        if (part == "..") escapes = true;
    if (escapes)
        context.error("L220", where, "output name \"" + output + "\" must be a relative path inside the output folder");
    return !escapes;
}

}  // namespace

std::vector<DocumentJob> plan(const layoutdef::LayoutDef& layout, const QuerySource& source, const Params& base,
                              Diagnostics& diagnostics) {
    StyleSheet styles(layout);
    std::set<std::string> anchors;
    Context context{layout, source, base, fieldsOf(base), styles, diagnostics, &anchors};

    std::vector<Params> runs;
    if (const Node* jobs = layout.root.firstChild("jobs")) {
        auto result = context.query(*jobs);
        if (!result) return {};
        for (const auto& row : result->rows) {
            Params params = base;
            for (std::size_t i = 0; i < result->columns.size(); ++i) params[":" + result->columns[i]] = row[i];
            runs.push_back(std::move(params));
        }
    } else {
        runs.push_back(base);
    }

    std::vector<DocumentJob> jobs;
    for (auto& params : runs) {
        Context job = context;
        job.fields = fieldsOf(params);
        DocumentJob document;
        document.output = job.text(layout.root, "output");
        document.title = job.text(layout.root, "title");
        if (!insideOutputFolder(document.output, context, layout.root.where("output"))) continue;
        if (const Node* print = layout.root.firstChild("print-edition")) {
            PrintEditionSpec spec;
            spec.output = print->has("output") ? job.text(*print, "output") : "print/" + document.output;
            if (!insideOutputFolder(spec.output, context, print->where("output")))
                continue;
            if (print->has("bleed")) spec.bleed = layoutdef::parseLength(print->get("bleed"));
            if (print->has("crop-marks")) spec.cropMarks = layoutdef::parseBool(print->get("crop-marks"));
            document.print = std::move(spec);
        }
        document.params = std::move(params);
        jobs.push_back(std::move(document));
    }
    return jobs;
}

}  // namespace brochure::bind
