#pragma once
// The Content tree: what the bind stage produces and the typeset stage consumes.
// Styles are already resolved here (bind resolves named styles and their inheritance), so the
// typesetter never sees a style name, only concrete values. Lengths are points (1/72 in).

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace brochure::content {

// Ink percentages as fractions 0..1, for colours the layout gives in CMYK.
struct Cmyk {
    float c = 0, m = 0, y = 0, k = 0;
    bool operator==(const Cmyk&) const = default;
};

struct Color {
    double r = 0, g = 0, b = 0;  // 0..1, sRGB: what the screen edition shows
    // The print edition's exact inks when the layout gives them ("cmyk(100 60 0 40)"); without
    // them the print edition converts r, g, b (docs/print.md).
    std::optional<Cmyk> cmyk = std::nullopt;
    bool operator==(const Color&) const = default;
};

enum class Align { left, right, center, justify };

// Where a block was written in the layout, so the typesetter can locate what it cannot place
// (line 0: made by code, not written).
struct SourceRef {
    int line = 0;
    int column = 0;
};

struct TextStyle {
    // Families in fallback order, e.g. {"Noto Sans", "IPAexGothic"}: a character the first font
    // lacks is set in the next one that has it.
    std::vector<std::string> families = {"Noto Sans", "IPAexGothic"};
    double size = 10;
    bool bold = false;
    bool italic = false;
    Color color{};
    bool underline = false;
    bool operator==(const TextStyle&) const = default;
};

struct Span {
    std::string text;  // UTF-8
    TextStyle style;
    std::string link;  // URI ("https://...", "mailto:...") or "#anchor" for an internal link
};

struct ParagraphStyle {
    Align align = Align::left;
    double lineHeight = 1.25;   // multiple of the font size
    double spaceBefore = 0;
    double spaceAfter = 6;
    double firstLineIndent = 0;
    double leftIndent = 0;
    std::optional<Color> background;
    bool keepWithNext = false;
};

struct Paragraph {
    std::vector<Span> spans;
    ParagraphStyle style;
    SourceRef source = {};
};

struct Heading {
    int level = 1;             // 1 = section title; feeds the outline and the table of contents
    Paragraph text;
    std::string anchor;        // destination name for links and the TOC
    bool inOutline = true;
};

struct List {
    bool numbered = false;
    std::string bullet = "\u2022";
    double indent = 14;        // hanging indent of the item text
    std::vector<Paragraph> items;
    SourceRef source = {};
};

struct Border {
    double width = 0;          // 0 = none
    Color color{};
};

struct TableCell {
    std::vector<Span> spans;
    int colSpan = 1;
    int rowSpan = 1;
    std::optional<Align> align;      // overrides the column's alignment
    std::optional<Color> background;
    // A cell spanning rows (a merged group) whose rows stay on one page when they fit one
    // (`keep="yes"`); otherwise the group breaks between rows, the value repeated on top.
    bool keepRows = false;
};

enum class RowKind { header, body, total };

struct TableRow {
    RowKind kind = RowKind::body;
    std::vector<TableCell> cells;    // a cell covered by a span from above/left is not listed
};

struct ColumnSpec {
    enum class Width { automatic, fixed, percent } widthKind = Width::automatic;
    double width = 0;                // points (fixed) or percent of the table width
    Align align = Align::left;       // numbers are right-aligned by the binder's column format
};

struct TableStyle {
    TextStyle headerText;
    TextStyle bodyText;
    TextStyle totalText;
    Color headerBackground{0.85, 0.85, 0.85};
    std::optional<Color> stripeBackground;   // alternate body rows
    std::optional<Color> totalBackground;
    Border outer;
    Border inner;
    double padding = 4;
    double lineHeight = 1.2;
    double width = 0;                        // 0 = the full frame width
};

struct Table {
    std::string name;                        // for diagnostics ("table 'jet'")
    std::vector<ColumnSpec> columns;
    std::vector<TableRow> rows;              // header rows first; they repeat on each page
    TableStyle style;
    std::string caption;
    SourceRef source = {};
};

enum class Fit { width, height, box };

struct Image {
    std::string path;                        // resolved, inside the project
    Fit fit = Fit::width;
    double width = 0;                        // points; 0 = frame width
    double height = 0;
    std::vector<Span> caption;
    SourceRef source = {};
};

struct QrCode {
    std::string data;                        // URL to encode
    double size = 72;                        // side in points
    std::vector<Span> caption;
    SourceRef source = {};
};

struct BarChart {
    std::string title;
    std::vector<std::string> labels;
    std::vector<double> values;
    double width = 0;                        // 0 = frame width
    double height = 180;
    Color barColor{0.16, 0.38, 0.62};
    TextStyle labelStyle;
    SourceRef source = {};
};

struct TableOfContents {
    std::string title = "Contents";
    TextStyle style;
    int depth = 2;
    SourceRef source = {};
};

struct PageBreak {};

struct Spacer {
    double height = 12;
};

// Blocks in columns: boxes side by side (two QR codes with their captions), each box going on
// in its own column on the next page, or (count > 0) one run of blocks flowing from column to
// column and page to page.
struct Columns;

using Block = std::variant<Heading, Paragraph, List, Table, Image, QrCode, BarChart,
                           TableOfContents, PageBreak, Spacer, Columns>;

struct Columns {
    std::vector<std::vector<Block>> columns;  // the boxes; the flowing form has one
    int count = 0;                            // 0: boxes; n: the blocks flow through n columns
    bool balance = false;                     // flowing form: even columns on the last page
    double gap = 18;
    SourceRef source = {};
};

struct Section {
    std::string title;                       // running header text for its pages
    std::string master;                      // page master name; empty = the document's default
    bool pageBreakBefore = false;
    std::vector<Block> blocks;
};

struct HeaderFooterField {
    // Text with the typesetter's fields {page}, {pages}, {section}, {title}; bind has filled in
    // every other field (parameters, job columns) as in a paragraph.
    std::string text;
    Align align = Align::left;
    TextStyle style;
    SourceRef source = {};                   // its <header>/<footer> element
};

// The smallest content area a page master may leave inside its margins, each way (points):
// the layout reader refuses less (L106), the typesetter checks again (T502).
inline constexpr double kSmallestFrame = 36;

struct PageMaster {
    std::string name = "default";
    double width = 595.276, height = 841.89; // A4
    double marginTop = 56, marginBottom = 56, marginLeft = 50, marginRight = 50;
    std::vector<HeaderFooterField> header;   // drawn in the top margin
    std::vector<HeaderFooterField> footer;   // drawn in the bottom margin
    bool headerOnFirstPage = false;          // the first page of the document differs
    std::optional<Color> background;         // full-page fill (cover pages)
    std::optional<Color> headerRule;
    SourceRef source = {};                   // its <page-master> element
};

struct Metadata {
    std::string title, author, subject, keywords, language = "en";
};

struct Document {
    Metadata metadata;
    std::vector<PageMaster> masters;         // masters[0] is the default
    std::vector<Section> sections;
};

}  // namespace brochure::content
