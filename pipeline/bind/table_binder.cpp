#include "bind/table_binder.h"

#include "bind/inline_text.h"
#include "bind/pivot.h"
#include "layoutdef/values.h"

namespace brochure::bind {

namespace {

using layoutdef::Node;

bool isNumeric(const std::string& format) {
    return format == "count" || format == "integer" || format == "number" || format == "percent";
}

struct BoundColumn {
    const Node* node = nullptr;
    std::size_t index = 0;        // in the result set
    std::string format;
    std::string empty;
    content::Align align = content::Align::left;
    bool merge = false;
    bool keep = false;            // a merged group stays on one page when it fits one
    std::string total;            // "sum", "label" or ""
    int group = -1;               // index into the groups, -1 = none
};

content::TableCell cell(const std::string& text, const content::TextStyle& style,
                        std::optional<content::Align> align = std::nullopt) {
    content::TableCell c;
    c.spans = plainSpans(text, style);
    c.align = align;
    return c;
}

content::ColumnSpec columnSpec(const Node& node, content::Align align) {
    content::ColumnSpec spec;
    spec.align = align;
    if (auto width = layoutdef::parseWidth(node.get("width"))) {
        spec.widthKind = width->percent ? content::ColumnSpec::Width::percent : content::ColumnSpec::Width::fixed;
        spec.width = width->value;
    }
    return spec;
}

void applyTableAttributes(const Node& node, const Context& context, content::Table& table) {
    table.name = node.get("name", node.element);
    table.style = context.styles.tableStyle(node.get("style"));
    table.caption = context.text(node, "caption");
    if (auto width = layoutdef::parseLength(node.get("width"))) table.style.width = *width;
}

// Header rows: with groups, a first row holds the group titles (spanning their columns) and the
// ungrouped column titles spanning both rows.
void addHeader(const std::vector<BoundColumn>& columns, const std::vector<std::string>& groupTitles,
               const Context& context, content::Table& table) {
    const auto& style = table.style.headerText;
    if (groupTitles.empty()) {
        content::TableRow row{content::RowKind::header, {}};
        for (const auto& c : columns) row.cells.push_back(cell(context.text(*c.node, "title", c.node->get("field")), style, c.align));
        table.rows.push_back(std::move(row));
        return;
    }
    content::TableRow top{content::RowKind::header, {}}, bottom{content::RowKind::header, {}};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto& c = columns[i];
        std::string title = context.text(*c.node, "title", c.node->get("field"));
        if (c.group < 0) {
            auto spanning = cell(title, style, c.align);
            spanning.rowSpan = 2;
            top.cells.push_back(std::move(spanning));
            continue;
        }
        if (i == 0 || columns[i - 1].group != c.group) {
            int span = 0;
            for (std::size_t j = i; j < columns.size() && columns[j].group == c.group; ++j) ++span;
            auto groupCell = cell(groupTitles[static_cast<std::size_t>(c.group)], style, content::Align::center);
            groupCell.colSpan = span;
            top.cells.push_back(std::move(groupCell));
        }
        bottom.cells.push_back(cell(title, style, c.align));
    }
    table.rows.push_back(std::move(top));
    table.rows.push_back(std::move(bottom));
}

}  // namespace

void reportEmpty(const Node& node, const Context& context) {
    std::string mode = node.get("if-empty", "hide");
    std::string what = "<" + node.element + (node.has("name") ? " '" + node.get("name") + "'" : std::string{}) + ">";
    if (mode == "warn") context.warning("L210", node.where("query"), "the query of " + what + " returned no rows; it is left out");
    if (mode == "error") context.error("L210", node.where("query"), "the query of " + what + " returned no rows");
}

std::optional<content::Table> bindTable(const Node& node, const Context& context) {
    auto result = context.query(node);
    if (!result) return std::nullopt;

    std::vector<BoundColumn> columns;
    std::vector<std::string> groupTitles;
    bool columnsOk = true;
    auto addColumn = [&](const Node& columnNode, int group) {
        auto index = context.column(*result, columnNode, "field");
        if (!index) {
            columnsOk = false;
            return;
        }
        BoundColumn c;
        c.node = &columnNode;
        c.index = *index;
        c.format = columnNode.get("format", "text");
        c.empty = columnNode.get("empty");
        c.align = layoutdef::parseAlign(columnNode.get("align"))
                      .value_or(isNumeric(c.format) ? content::Align::right : content::Align::left);
        c.merge = layoutdef::parseBool(columnNode.get("merge")).value_or(false);
        c.keep = layoutdef::parseBool(columnNode.get("keep")).value_or(false);
        c.total = columnNode.get("total");
        c.group = group;
        columns.push_back(c);
    };
    for (const auto& child : node.children) {
        if (child.element == "column") addColumn(child, -1);
        if (child.element == "group") {
            groupTitles.push_back(context.text(child, "title"));
            for (const Node* grouped : child.childrenNamed("column"))
                addColumn(*grouped, static_cast<int>(groupTitles.size() - 1));
        }
    }
    if (!columnsOk) return std::nullopt;
    if (result->empty()) {
        reportEmpty(node, context);
        return std::nullopt;
    }

    content::Table table;
    applyTableAttributes(node, context, table);
    for (const auto& c : columns) table.columns.push_back(columnSpec(*c.node, c.align));
    addHeader(columns, groupTitles, context, table);

    // Body rows. A merged column's repeated value becomes one cell spanning its rows; the span is
    // broken wherever a merged column to its left changes, so a fiscal year never bridges groups.
    std::vector<std::size_t> spanOwner(columns.size(), SIZE_MAX);  // body row index holding the open span
    std::vector<std::size_t> spanCell(columns.size(), 0);
    // Exact sizes: a 100,000-row table would otherwise keep up to twice the cells it needs.
    table.rows.reserve(table.rows.size() + result->rows.size() + 1);
    for (std::size_t r = 0; r < result->rows.size(); ++r) {
        const auto& values = result->rows[r];
        content::TableRow row{content::RowKind::body, {}};
        row.cells.reserve(columns.size());
        bool leftChanged = r == 0;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto& c = columns[i];
            const Value& v = values[c.index];
            if (c.merge && !leftChanged && r > 0 && result->rows[r - 1][c.index] == v && spanOwner[i] != SIZE_MAX) {
                table.rows[spanOwner[i]].cells[spanCell[i]].rowSpan++;
                continue;
            }
            if (c.merge) {
                leftChanged = true;
                spanOwner[i] = table.rows.size();
                spanCell[i] = row.cells.size();
            }
            row.cells.push_back(cell(formatValue(v, c.format, c.empty), table.style.bodyText));
            row.cells.back().keepRows = c.merge && c.keep;
        }
        table.rows.push_back(std::move(row));
    }

    // The totals row, computed from the rows (never the source's stated totals).
    bool anySum = false;
    for (const auto& c : columns) anySum = anySum || c.total == "sum";
    if (anySum) {
        content::TableRow totals{content::RowKind::total, {}};
        bool labelPlaced = false;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto& c = columns[i];
            std::string text;
            if (c.total == "sum") {
                double sum = 0;
                for (const auto& values : result->rows) sum += numberOf(values[c.index]).value_or(0);
                text = formatValue(Value{sum}, c.format == "text" ? "number" : c.format, c.empty);
            } else if (c.total == "label" || (!labelPlaced && i == 0)) {
                text = context.text(node, "total-label", "Total");
                labelPlaced = true;
            }
            totals.cells.push_back(cell(text, table.style.totalText));
        }
        table.rows.push_back(std::move(totals));
    }
    return table;
}

std::optional<content::Table> bindPivot(const Node& node, const Context& context) {
    auto result = context.query(node);
    if (!result) return std::nullopt;
    auto rowIndex = context.column(*result, node, "row");
    auto startIndex = context.column(*result, node, "start");
    auto endIndex = context.column(*result, node, "end");
    auto valueIndex = context.column(*result, node, "value");
    if (!rowIndex || !startIndex || !endIndex || !valueIndex) return std::nullopt;
    if (result->empty()) {
        reportEmpty(node, context);
        return std::nullopt;
    }

    std::vector<PivotRecord> records;
    records.reserve(result->rows.size());
    bool valuesOk = true;
    for (const auto& values : result->rows) {
        auto start = numberOf(values[*startIndex]);
        auto end = numberOf(values[*endIndex]);
        const Value& raw = values[*valueIndex];
        auto value = numberOf(raw);
        if (!start || !end || (!isNull(raw) && !value)) {
            if (valuesOk)
                context.error("L207", node.where("query"),
                              "the pivot needs numbers in '" + node.get("start") + "', '" + node.get("end") +
                                  "' and '" + node.get("value") + "', got \"" + toText(values[*startIndex]) +
                                  "\", \"" + toText(values[*endIndex]) + "\", \"" + toText(raw) + "\"");
            valuesOk = false;
            continue;
        }
        PivotRecord record{toText(values[*rowIndex]), static_cast<std::int64_t>(*start),
                           static_cast<std::int64_t>(*end), std::nullopt};
        if (value) record.value = static_cast<std::int64_t>(*value);
        records.push_back(std::move(record));
    }
    if (!valuesOk) return std::nullopt;

    int latest = static_cast<int>(layoutdef::parseInteger(node.get("latest", "3")).value_or(3));
    Pivot pivot = buildPivot(records, latest, node.get("order", "query") == "total");
    const bool shortYears = node.get("year-format", "short") == "short";
    const std::string empty = node.get("empty", "-");

    content::Table table;
    applyTableAttributes(node, context, table);
    const auto& header = table.style.headerText;
    const std::size_t n = pivot.columns.size();
    table.columns.push_back({});
    for (std::size_t i = 0; i < n + 1; ++i) table.columns.push_back({content::ColumnSpec::Width::automatic, 0, content::Align::right});

    auto count = [&](std::optional<std::int64_t> v, const content::TextStyle& style) {
        return cell(v && *v != 0 ? formatValue(Value{*v}, "count") : empty, style);
    };
    content::TableRow top{content::RowKind::header, {}}, bottom{content::RowKind::header, {}};
    auto rowTitle = cell(context.text(node, "row-title", node.get("row")), header);
    auto totalTitle = cell(context.text(node, "total-label", "Total"), header, content::Align::right);
    bool grouped = node.has("group");
    if (grouped) {
        rowTitle.rowSpan = 2;
        totalTitle.rowSpan = 2;
        top.cells.push_back(rowTitle);
        auto group = cell(context.text(node, "group"), header, content::Align::center);
        group.colSpan = static_cast<int>(n);
        top.cells.push_back(group);
        top.cells.push_back(totalTitle);
    } else {
        bottom.cells.push_back(rowTitle);
    }
    for (const auto& column : pivot.columns) bottom.cells.push_back(cell(periodLabel(column, shortYears), header, content::Align::right));
    if (!grouped) bottom.cells.push_back(totalTitle);
    if (grouped) table.rows.push_back(std::move(top));
    table.rows.push_back(std::move(bottom));

    for (const auto& row : pivot.rows) {
        content::TableRow body{content::RowKind::body, {}};
        body.cells.push_back(cell(row.label, table.style.bodyText));
        for (const auto& value : row.cells) body.cells.push_back(count(value, table.style.bodyText));
        body.cells.push_back(count(row.total, table.style.bodyText));
        table.rows.push_back(std::move(body));
    }
    if (!layoutdef::parseBool(node.get("totals", "yes")).value_or(true)) return table;
    content::TableRow totals{content::RowKind::total, {}};
    totals.cells.push_back(cell(context.text(node, "total-label", "Total"), table.style.totalText));
    for (const auto& value : pivot.totals) totals.cells.push_back(count(value, table.style.totalText));
    totals.cells.push_back(count(pivot.grandTotal, table.style.totalText));
    table.rows.push_back(std::move(totals));
    return table;
}

}  // namespace brochure::bind
