#include "layout_generator.h"

#include <iterator>
#include <utility>
#include <vector>

#include "generated_store.h"
#include "text_source.h"

namespace brochure::conservation {

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '{': out += "{{"; break;  // a literal brace, not a field
            default: out += c;
        }
    }
    return out;
}

std::string pt(int points) { return std::to_string(points) + "pt"; }

struct PageSize {
    const char* size;
    const char* name;  // for the summary
    bool tiny;
};
const PageSize kPageSizes[] = {{"A4", "A4", false},          {"A5", "A5", false},
                               {"Letter", "Letter", false},  {"297mm 210mm", "A4-landscape", false},
                               {"210mm 148mm", "A5-landscape", false}, {"200pt 170pt", "tiny-200x170", true},
                               {"170pt 240pt", "tiny-170x240", true},  {"260pt 150pt", "tiny-260x150", true}};

const char* const kSectionNames[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"};
const char* const kColors[] = {"#1f4e79", "#d9822b", "#222222", "#7a1f1f", "#2b7a3d"};
const char* const kImages[] = {"exchange-programme-hanoi-briefing.jpg", "lgecs-yabu-city-hall.jpg",
                               "local-admin-indonesia-seminar.jpg",     "pop-culture-afasg-2024.jpg",
                               "research-clair-website.png",            "specialists-firefighting-training.jpg",
                               "support-toyama-booth.jpg",              "travel-fairs-jakarta-2024.jpg"};

class Generator {
public:
    Generator(Choices& choices, const GeneratorOptions& options) : c_(choices), options_(options) {}

    GeneratedLayout run() {
        open("layout", {{"name", "generated"}, {"output", "generated.pdf"}, {"title", "Generated report"}});
        masters();
        styles();
        const int sections = c_.chance(75) ? 1 : c_.between(2, 3);
        for (int s = 0; s < sections; ++s) section(s);
        close("layout");
        return {std::move(xml_), std::move(summary_)};
    }

private:
    // ---- XML and summary output

    void open(const std::string& element, const Attributes& attributes = {}, bool empty = false) {
        xml_ += std::string(static_cast<std::size_t>(depth_ * 2), ' ') + "<" + element;
        for (const auto& [name, value] : attributes) xml_ += " " + name + "=\"" + escaped(value) + "\"";
        xml_ += empty ? "/>\n" : ">\n";
        if (!empty) ++depth_;
    }
    void leaf(const std::string& element, const Attributes& attributes) { open(element, attributes, true); }
    void close(const std::string& element) {
        --depth_;
        xml_ += std::string(static_cast<std::size_t>(depth_ * 2), ' ') + "</" + element + ">\n";
    }
    // An element with inline content on one line.
    void inlineElement(const std::string& element, const Attributes& attributes, const std::string& content) {
        xml_ += std::string(static_cast<std::size_t>(depth_ * 2), ' ') + "<" + element;
        for (const auto& [name, value] : attributes) xml_ += " " + name + "=\"" + escaped(value) + "\"";
        xml_ += ">" + content + "</" + element + ">\n";
    }
    void note(const std::string& token) {
        if (!summary_.empty() && summary_.back() != '\n' && summary_.back() != '[') summary_ += ' ';
        summary_ += token;
    }

    // ---- Page masters and styles

    void masters() {
        // Unique page sizes: the frame check finds a page's master by its size. Drawn from the
        // sizes not yet taken (no retry loop: a fuzzer's input that has run out always says 0).
        std::vector<const PageSize*> unused;
        for (const PageSize& size : kPageSizes) unused.push_back(&size);
        masterCount_ = c_.chance(50) ? 1 : c_.between(2, 3);
        note("masters:");
        for (int m = 0; m < masterCount_; ++m) {
            const auto taken = unused.begin() + c_.below(static_cast<int>(unused.size()));
            const PageSize& page = **taken;
            unused.erase(taken);
            tinyMaster_.push_back(page.tiny);
            const bool header = c_.chance(70), footer = c_.chance(70);
            // Running elements need a margin to stand in; tiny pages keep room for a line.
            const int low = (header || footer) ? 28 : 12;
            const int high = page.tiny ? 34 : 72;
            const int top = c_.between(low, high), right = c_.between(12, high), bottom = c_.between(low, high),
                      left = c_.between(12, high);
            Attributes attributes = {{"name", "m" + std::to_string(m)},
                                     {"size", page.size},
                                     {"margin", pt(top) + " " + pt(right) + " " + pt(bottom) + " " + pt(left)}};
            if (c_.chance(30)) attributes.push_back({"header-rule", c_.pick(kColors)});
            if (c_.chance(30)) attributes.push_back({"header-on-first", "yes"});
            if (c_.chance(10)) attributes.push_back({"background", "#fbf8f0"});
            open("master", attributes);
            const char* const headers[] = {"{section}", "{title}", "Part {section}", "Generated report"};
            const char* const footers[] = {"{page} / {pages}", "Page {page} of {pages}", "{page}"};
            const char* const aligns[] = {"left", "center", "right"};
            // One choice per statement: the order in which a call's arguments are evaluated is
            // unspecified, and a seed must make the same layout with every compiler.
            if (header) {
                const std::string align = c_.pick(aligns);
                inlineElement("header", {{"align", align}}, c_.pick(headers));
            }
            if (footer) {
                const std::string align = c_.pick(aligns);
                inlineElement("footer", {{"align", align}}, c_.pick(footers));
            }
            close("master");
            note("m" + std::to_string(m) + "=" + page.name + "(" + std::to_string(top) + "/" + std::to_string(right) +
                 "/" + std::to_string(bottom) + "/" + std::to_string(left) + (header ? ",header" : "") +
                 (footer ? ",footer" : "") + ")");
        }
    }

    void styles() {
        const char* const fonts[] = {"Noto Sans, IPAexGothic", "IPAexGothic, Noto Sans"};
        const char* const aligns[] = {"left", "right", "center", "justify"};
        for (int s = 0; s < 3; ++s) {
            Attributes attributes = {{"name", "s" + std::to_string(s)},
                                     {"font", c_.pick(fonts)},
                                     {"size", std::to_string(c_.between(6, 16))},
                                     {"align", c_.pick(aligns)},
                                     {"line-height", c_.chance(50) ? "1.2" : "1.5"},
                                     {"space-after", pt(c_.between(0, 12))}};
            if (c_.chance(25)) attributes.push_back({"bold", "yes"});
            if (c_.chance(25)) attributes.push_back({"italic", "yes"});
            if (c_.chance(20)) attributes.push_back({"indent", pt(c_.between(0, 30))});
            if (c_.chance(10)) attributes.push_back({"background", "#eef3f8"});
            if (c_.chance(10)) attributes.push_back({"keep-with-next", "yes"});
            leaf("style", attributes);
        }
        Attributes table = {{"name", "t0"}, {"padding", pt(c_.between(1, 8))}};
        if (c_.chance(50)) table.push_back({"stripe", "#eef3f8"});
        if (c_.chance(50)) table.push_back({"border-width", pt(c_.between(0, 2))});
        if (c_.chance(50)) table.push_back({"body", "s" + std::to_string(c_.below(3))});
        leaf("table-style", table);
    }

    std::string styleName() { return c_.chance(40) ? "body" : "s" + std::to_string(c_.below(3)); }

    // ---- Text

    // Words with inline markup now and then; white space between words as the reader collapses it.
    std::string inlineText(int count) {
        std::string out;
        for (int i = 0; i < count; ++i) {
            if (i) out += ' ';
            const std::string w = escaped(word(c_, casing_));
            const int roll = c_.below(200);
            if (roll == 0) out += "<b>" + w + "</b>";
            else if (roll == 1) out += "<i>" + w + "</i>";
            else if (roll == 2) out += "<u>" + w + "</u>";
            else if (roll == 3) out += "<a href=\"https://example.org/\">" + w + "</a>";
            else if (roll == 4) out += "<color value=\"#a03030\">" + w + "</color>";
            else if (roll == 5) out += "<span style=\"s" + std::to_string(c_.below(3)) + "\">" + w + "</span>";
            else if (roll == 6) out += w + "<br/>";
            else out += w;
        }
        return out;
    }

    Length paragraphLength() {
        const int roll = c_.below(100);
        if (tiny_) return roll < 5 ? Length::empty : roll < 80 ? Length::shortText : Length::medium;
        return roll < 5 ? Length::empty : roll < 65 ? Length::shortText : roll < 97 ? Length::medium : Length::longText;
    }

    // ---- Blocks

    void heading() {
        const int level = c_.between(1, 4);
        const int count = c_.chance(90) ? c_.between(1, 6) : c_.between(10, 40);
        inlineElement("heading", {{"level", std::to_string(level)}}, inlineText(count));
        note("h" + std::to_string(level) + "/" + std::to_string(count) + "w");
    }

    void paragraph(Length length) {
        const int count = wordCount(c_, length);
        const std::string style = styleName();
        inlineElement("paragraph", {{"style", style}}, inlineText(count));
        note("p" + std::to_string(count) + "w");
    }

    void list() {
        const int items = c_.chance(85) ? c_.between(1, 5) : c_.between(6, 20);
        Attributes attributes = {{"style", styleName()}};
        if (c_.chance(40)) attributes.push_back({"numbered", "yes"});
        open("list", attributes);
        int total = 0;
        for (int i = 0; i < items; ++i) {
            const int count = wordCount(c_, c_.chance(85) ? Length::shortText : Length::medium);
            total += count;
            inlineElement("item", {}, inlineText(count));
        }
        close("list");
        note("list" + std::to_string(items) + "/" + std::to_string(total) + "w");
    }

    void table() {
        std::string where;
        std::string kind;
        const int roll = c_.below(100);
        if (roll < 75) {
            const int rows = c_.chance(95) ? c_.between(1, 12) : c_.between(13, tiny_ ? 40 : 240);
            const int first = c_.between(1, kShortTextRows - rows + 1);
            where = "id BETWEEN " + std::to_string(first) + " AND " + std::to_string(first + rows - 1);
            kind = "rows" + std::to_string(first) + "-" + std::to_string(first + rows - 1);
        } else if (roll < 92) {
            // Tall cells: long texts, and huge ones of thousands of words.
            const int rows = c_.chance(90) ? 1 : c_.between(2, 3);
            const int first = c_.between(kShortTextRows + 1, kTextRows - rows + 1);
            where = "id BETWEEN " + std::to_string(first) + " AND " + std::to_string(first + rows - 1);
            kind = "tall-rows" + std::to_string(first) + "-" + std::to_string(first + rows - 1);
        } else {
            where = "id < 0";  // no rows: the table is left out (if-empty="hide")
            kind = "no-rows";
        }
        // Columns: a random selection in a fixed order, at least one.
        const bool useId = c_.chance(40), useGroup = c_.chance(50), useLabel = c_.chance(60),
                   useBody = c_.chance(70), useAmount = c_.chance(50);
        std::vector<std::string> fields;
        if (useId) fields.push_back("id");
        if (useGroup) fields.push_back("grp");
        if (useLabel) fields.push_back("label");
        if (useBody || fields.empty()) fields.push_back("body");
        if (useAmount) fields.push_back("amount");
        if (tiny_ && fields.size() > 2) fields.erase(fields.begin(), fields.end() - 2);
        if (tiny_ && kind.starts_with("tall")) fields = {"body"};
        const Casing own = casing_ == Casing::upper ? Casing::upper : Casing::capitalised;
        std::string select;
        for (const auto& f : fields) select += (select.empty() ? "" : ", ") + f;
        Attributes attributes = {{"name", "table" + std::to_string(++tables_)},
                                 {"style", "t0"},
                                 {"query", "SELECT " + select + " FROM texts WHERE " + where}};
        attributes.back().second += " ORDER BY id";
        if (c_.chance(20)) attributes.push_back({"width", std::to_string(c_.between(40, 100)) + "%"});
        if (c_.chance(20)) attributes.push_back({"caption", words(c_, c_.between(1, 8), own)});
        open("table", attributes);
        const bool merge = useGroup && c_.chance(70);
        const bool totals = useAmount && c_.chance(40);
        const bool grouped = fields.size() >= 2 && c_.chance(25);
        std::string summaryColumns;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string& f = fields[i];
            if (grouped && i == fields.size() - 2) open("group", {{"title", words(c_, c_.between(1, 3), own)}});
            Attributes column = {{"field", f}, {"title", words(c_, tiny_ ? 1 : c_.between(1, 2), own)}};
            if (f == "id") column.push_back({"format", "integer"});
            if (f == "grp" && merge) column.push_back({"merge", "yes"});
            if (f == "amount") {
                column.push_back({"format", c_.chance(50) ? "count" : "number"});
                column.push_back({"empty", "-"});
                if (totals) column.push_back({"total", "sum"});
            }
            if (f == "body" && c_.chance(30)) column.push_back({"width", std::to_string(c_.between(20, 60)) + "%"});
            leaf("column", column);
            if (grouped && i == fields.size() - 1) close("group");
            summaryColumns += (summaryColumns.empty() ? "" : ",") + f + (f == "grp" && merge ? "*" : "");
        }
        close("table");
        note("table[" + kind + " " + summaryColumns + (totals ? " total" : "") + (grouped ? " group" : "") + "]");
    }

    void chart() {
        const int roll = c_.below(100);
        const int rows = roll < 65 ? c_.between(1, 20) : roll < 92 || tiny_ ? c_.between(21, 100) : c_.between(101, kBarRows);
        const int first = c_.between(1, kBarRows - rows + 1);
        Attributes attributes = {{"query", "SELECT label, value FROM bars WHERE id BETWEEN " + std::to_string(first) +
                                               " AND " + std::to_string(first + rows - 1) + " ORDER BY id"},
                                 {"label", "label"},
                                 {"value", "value"}};
        const Casing own = casing_ == Casing::upper ? Casing::upper : Casing::alternating;
        if (c_.chance(70)) attributes.push_back({"title", words(c_, c_.between(1, 6), own)});
        if (c_.chance(30)) attributes.push_back({"height", pt(c_.between(40, 400))});
        if (c_.chance(20)) attributes.push_back({"width", pt(c_.between(80, 400))});
        if (c_.chance(20)) attributes.push_back({"color", c_.pick(kColors)});
        if (c_.chance(20)) attributes.push_back({"style", "s" + std::to_string(c_.below(3))});
        leaf("chart", attributes);
        note("chart" + std::to_string(rows));
    }

    void image() {
        Attributes attributes = {{"src", std::string(BROCHURE_SOURCE_DIR "/data/images/") + c_.pick(kImages)}};
        if (c_.chance(40)) attributes.push_back({"width", pt(c_.between(30, 500))});
        if (c_.chance(30)) attributes.push_back({"height", pt(c_.between(30, 700))});
        if (c_.chance(60)) attributes.push_back({"caption", words(c_, c_.between(1, 15), casing_)});
        leaf("image", attributes);
        note("image");
    }

    void qr() {
        const Attributes attributes = {{"data", "https://example.org/generated/" + std::to_string(c_.below(1000))},
                                       {"size", pt(c_.between(36, 90))}};
        inlineElement("qr", attributes, inlineText(c_.between(0, 6)));
        note("qr");
    }

    void with() {
        open("with", {{"query", "SELECT label, amount FROM texts WHERE id = " + std::to_string(c_.between(1, kTextRows))}});
        const std::string before = inlineText(c_.between(1, 6));
        const std::string between = inlineText(c_.between(0, 4));
        inlineElement("paragraph", {}, before + " {label} " + between + " {amount:count}");
        close("with");
        note("with");
    }

    // Blocks that may stand in a column box or a flowing column.
    void innerBlock() {
        const int roll = c_.below(100);
        if (roll < 40) paragraph(tiny_ || c_.chance(95) ? paragraphLength() : Length::huge);
        else if (roll < 50) heading();
        else if (roll < 62) list();
        else if (roll < 77) table();
        else if (roll < 85) chart();
        else if (roll < 93) image();
        else qr();
    }

    void boxes() {
        const int count = tiny_ ? 2 : c_.between(2, 3);
        Attributes attributes;
        if (c_.chance(40)) attributes.push_back({"gap", pt(c_.between(4, 30))});
        open("columns", attributes);
        note("columns[");
        casing_ = Casing::upper;
        for (int b = 0; b < count; ++b) {
            if (b) note("|");
            open("box");
            const int blocks = c_.chance(85) ? c_.between(1, 3) : c_.between(4, 6);
            for (int i = 0; i < blocks; ++i) innerBlock();
            close("box");
        }
        close("columns");
        note("]");
        casing_ = Casing::asIs;
    }

    void flowingColumns() {
        Attributes attributes = {{"count", std::to_string(c_.between(2, 3))}};
        if (c_.chance(40)) attributes.push_back({"gap", pt(c_.between(4, 30))});
        if (c_.chance(50)) attributes.push_back({"balance", "yes"});
        open("columns", attributes);
        note("flow" + attributes.front().second + "[");
        const int blocks = c_.chance(80) ? c_.between(1, 4) : c_.between(5, 10);
        casing_ = Casing::upper;
        for (int i = 0; i < blocks; ++i) innerBlock();
        casing_ = Casing::asIs;
        close("columns");
        note("]");
    }

    void block() {
        const int roll = c_.below(100);
        if (roll < 14) heading();
        else if (roll < 38) paragraph(paragraphLength());
        else if (roll < 46) list();
        else if (roll < 58) table();
        else if (roll < 66) chart();
        else if (roll < 71) image();
        else if (roll < 73) qr();
        else if (roll < 75) {
            leaf("toc", {{"title", words(c_, c_.between(1, 3))}, {"depth", std::to_string(c_.between(1, 3))}});
            note("toc");
        } else if (roll < 78) {
            const int height = c_.between(0, 300);
            leaf("spacer", {{"height", pt(height)}});
            note("spacer" + std::to_string(height));
        } else if (roll < 81) {
            leaf("page-break", {});
            note("break");
        } else if (roll < 85) with();
        else if (options_.flowingColumns && roll < 92) flowingColumns();
        else boxes();
    }

    void section(int index) {
        const int m = c_.below(masterCount_);
        const std::string master = "m" + std::to_string(m);
        tiny_ = tinyMaster_[static_cast<std::size_t>(m)];
        Attributes attributes = {{"title", std::string("Part ") + kSectionNames[index]}, {"master", master},
                                 {"when", "always"}};
        if (c_.chance(30)) attributes.push_back({"page-break", "yes"});
        open("section", attributes);
        summary_ += "\n";
        note(std::string("section ") + kSectionNames[index] + "@" + master + ":");
        const int roll = c_.below(100);
        const int blocks = roll < 75 ? c_.between(1, 4) : roll < 98 ? c_.between(5, 10) : c_.between(11, 25);
        for (int b = 0; b < blocks; ++b) block();
        close("section");
    }

    Choices& c_;
    const GeneratorOptions& options_;
    std::string xml_;
    std::string summary_;
    int depth_ = 0;
    int masterCount_ = 1;
    std::vector<bool> tinyMaster_;
    // The current section's pages are tiny: tables keep to a few columns and rows there, or a
    // text column one word wide would fill thousands of pages (and minutes of the suite).
    bool tiny_ = false;
    Casing casing_ = Casing::asIs;  // capitals inside columns (text_source.h)
    int tables_ = 0;
};

}  // namespace

GeneratedLayout generateLayout(Choices& choices, const GeneratorOptions& options) {
    return Generator(choices, options).run();
}

}  // namespace brochure::conservation
