// Text and fonts as a reader sees them: pdftotext gives back exactly what was drawn (with a
// silent stderr: no malformed ToUnicode warnings), pdffonts shows every font embedded and subset.

#include <catch2/catch.hpp>

#include <filesystem>
#include <algorithm>
#include <set>

#include "core/diagnostic.h"
#include "pdf_readers.h"
#include "render/pdf_painter.h"
#include "sample_documents.h"

using namespace brochure;
using namespace brochure::testing;

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
    return out;
}

std::string writeChecked(const frame::Document& document, const TempDir& dir, const std::string& name) {
    Diagnostics diagnostics;
    std::string path = dir.file(name);
    bool ok = render::writePdf(document, path, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : formatDiagnostic(diagnostics.all()[0])));
    REQUIRE(ok);
    CHECK(diagnostics.all().empty());
    return path;
}

// "ABCDEF+NotoSans-Regular": six uppercase letters, a plus, the PostScript name.
bool isSubsetName(const std::string& name) {
    if (name.size() < 8 || name[6] != '+') return false;
    return std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

TEST_CASE("Latin, Vietnamese and Japanese text round-trips through pdftotext", "[render][text]") {
    TempDir dir("render-text");
    struct Sample {
        const char* name;
        std::vector<std::string> lines;
        frame::FontFace font;
    };
    for (const Sample& sample : {
             Sample{"latin", {"Our Activities 2025", "Café, naïve façade – 12,345.67 €", "J.CLAIR Singapore",
                              // String delimiters and bytes that need escaping in a PDF string:
                              // '(' ')' '\\' themselves, and č (U+010D) whose low byte is a CR.
                              "(total) 100% \\ back", "Čapek, Dvořák"},
                    notoSans()},
             Sample{"vietnamese", {"Hà Nội", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Kĩ thuật (Ĩ ĩ)"}, notoSans()},
             Sample{"japanese", {"日本語のテキスト", "東京都千代田区", "自治体国際化協会"}, ipaexGothic()},
         }) {
        INFO(sample.name);
        std::string pdf = writeChecked(documentWithLines(sample.lines, sample.font), dir, std::string(sample.name) + ".pdf");
        std::string errors;
        CHECK(pdfText(pdf, errors) == joined(sample.lines));
        CHECK(errors.empty());
        ProcessResult check = qpdfCheck(pdf);
        CHECK(check.exitCode == 0);
        CHECK(check.err.empty());
    }
}

TEST_CASE("every font is embedded and subset with a six-letter tag", "[render][fonts]") {
    TempDir dir("render-fonts");
    frame::Document document = documentWithLines({"Regular text"});
    document.fonts.push_back(notoSansBold());
    document.fonts.push_back(ipaexGothic());
    document.pages[0].items.push_back(textRun(72, 200, 1, "Bold heading"));
    document.pages[0].items.push_back(textRun(72, 230, 2, "日本語"));
    std::string pdf = writeChecked(document, dir, "fonts.pdf");

    std::string errors;
    std::vector<FontInfo> fonts = pdfFonts(pdf, errors);
    CHECK(errors.empty());
    REQUIRE(fonts.size() == 3);
    std::set<std::string> names;
    for (const FontInfo& font : fonts) {
        INFO(font.name);
        CHECK(font.embedded);
        CHECK(font.subset);
        CHECK(font.unicode);
        CHECK(isSubsetName(font.name));
        CHECK(font.name.find("HPDF") != 0);  // libharu's load-order tag is replaced
        names.insert(font.name.substr(7));
    }
    CHECK(names == std::set<std::string>{"IPAexGothic", "NotoSans-Bold", "NotoSans-Regular"});
}

TEST_CASE("an unused font is not embedded", "[render][fonts]") {
    TempDir dir("render-unused-font");
    frame::Document document = documentWithLines({"Only regular"});
    document.fonts.push_back(ipaexGothic());
    std::string errors;
    CHECK(pdfFonts(writeChecked(document, dir, "unused.pdf"), errors).size() == 1);
}

TEST_CASE("the subset tag follows the content, not the load order", "[render][fonts]") {
    TempDir dir("render-tags");
    std::string errors;
    auto tagOf = [&](const frame::Document& document, const std::string& name) {
        auto fonts = pdfFonts(writeChecked(document, dir, name), errors);
        REQUIRE(!fonts.empty());
        return fonts[0].name;
    };
    std::string first = tagOf(documentWithLines({"Hello"}), "a.pdf");
    CHECK(tagOf(documentWithLines({"Hello"}), "b.pdf") == first);
    CHECK(tagOf(documentWithLines({"Hello", "world"}), "c.pdf") != first);
}

TEST_CASE("subsetting keeps one page of text small", "[render][fonts]") {
    // libharu alone embeds ~95 KB (Noto/DejaVu) and ~261 KB (IPAex) for one page.
    auto size = [](const frame::Document& document) {
        Diagnostics diagnostics;
        auto bytes = render::renderPdf(document, diagnostics);
        REQUIRE(bytes);
        return bytes->size();
    };
    CHECK(size(documentWithLines({"Our Activities 2025", "J.CLAIR Singapore", "Hà Nội, Đà Nẵng"})) < 15'000);
    CHECK(size(documentWithLines({"日本語のテキスト", "東京都千代田区"}, ipaexGothic())) < 15'000);
}

TEST_CASE("characters missing from the font are an R203 warning naming them", "[render][fonts]") {
    Diagnostics diagnostics;
    auto bytes = render::renderPdf(documentWithLines({"Tokyo 東京"}), diagnostics);
    CHECK(bytes);  // a warning does not stop the output
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.severity == Severity::warning);
    CHECK(d.code == "R203");
    CHECK_THAT(d.message, Catch::Contains("'Noto Sans' has no glyph for U+4EAC, U+6771"));
}

TEST_CASE("a font that cannot be read is an R202 error and nothing is written", "[render][fonts]") {
    TempDir dir("render-bad-font");
    Diagnostics diagnostics;
    std::string path = dir.file("out.pdf");
    CHECK_FALSE(render::writePdf(documentWithLines({"x"}, {dir.file("missing.ttf"), "Missing Sans"}), path, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].code == "R202");
    CHECK(diagnostics.all()[0].file == dir.file("missing.ttf"));
    CHECK_THAT(diagnostics.all()[0].message, Catch::StartsWith("cannot embed font 'Missing Sans': cannot read font file"));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a run with a bad font index or malformed UTF-8 is an R206 error", "[render][fonts]") {
    frame::Document document = documentWithLines({"fine"});
    document.pages[0].items.push_back(textRun(72, 300, 5, "orphan"));
    document.pages[0].items.push_back(textRun(72, 320, 0, "bad \xC3("));
    Diagnostics diagnostics;
    CHECK_FALSE(render::renderPdf(document, diagnostics));
    REQUIRE(diagnostics.errorCount() == 2);
    CHECK(diagnostics.all()[0].code == "R206");
    CHECK(diagnostics.all()[0].message == "text run \"orphan\" on page 1 uses font 5, but the document has 1 fonts");
    CHECK(diagnostics.all()[1].message == "text run on page 1 is not valid UTF-8");
}

TEST_CASE("a face listed twice is embedded once with the characters of both entries", "[render][fonts]") {
    TempDir dir("render-duplicate-face");
    frame::Document document = documentWithLines({"abc"});
    document.fonts.push_back(notoSans());
    document.pages[0].items.push_back(textRun(72, 200, 1, "xyz"));
    std::string pdf = writeChecked(document, dir, "twice.pdf");
    std::string errors;
    CHECK(pdfFonts(pdf, errors).size() == 1);
    CHECK(pdfText(pdf, errors) == "abc\n\nxyz");
    CHECK(errors.empty());
}

TEST_CASE("a file that is not a TrueType font is an R202 error saying why", "[render][fonts]") {
    TempDir dir("render-not-truetype");
    writeFile(dir.file("garbage.ttf"), "definitely not a font");
    // A real font whose outline table is renamed: what an OpenType/CFF font looks like to libharu.
    std::string font = readFile(fontPath("NotoSans-Regular.ttf"));
    std::size_t glyf = font.find("glyf");
    REQUIRE(glyf < 12 + 16 * 64);  // inside the table directory
    font.replace(glyf, 4, "xxxx");
    writeFile(dir.file("outlineless.ttf"), font);
    struct Case {
        const char* file;
        const char* reason;
    };
    for (auto [file, reason] : {Case{"garbage.ttf", "not a usable font file"},
                                Case{"outlineless.ttf", "the font has no TrueType outlines (glyf table)"}}) {
        Diagnostics diagnostics;
        CHECK_FALSE(render::renderPdf(documentWithLines({"x"}, {dir.file(file), "Bad Sans"}), diagnostics));
        REQUIRE(diagnostics.errorCount() == 1);
        CHECK(diagnostics.all()[0].code == "R202");
        CHECK(diagnostics.all()[0].message == std::string("cannot embed font 'Bad Sans': ") + reason);
    }
}

TEST_CASE("kerned text keeps its words whole for pdftotext", "[render][text]") {
    TempDir dir("render-kerning");
    frame::Document document = documentWithLines({});
    frame::TextRun run = textRun(72, 100, 0, "AVATAR Tokyo", 12);
    run.kerning = {{1, -0.9}, {3, -0.9}, {8, -0.4}};
    document.pages[0].items.push_back(run);
    std::string errors;
    CHECK(pdfText(writeChecked(document, dir, "kerned.pdf"), errors) == "AVATAR Tokyo");
    CHECK(errors.empty());
}

TEST_CASE("kerning offsets out of order or inside a character are an R206 error", "[render][text]") {
    frame::Document document = documentWithLines({});
    frame::TextRun run = textRun(72, 100, 0, "Hà Nội", 12);
    run.kerning = {{2, -0.5}};  // byte 2 is inside "à"
    document.pages[0].items.push_back(run);
    Diagnostics diagnostics;
    CHECK_FALSE(render::renderPdf(document, diagnostics));
    REQUIRE(diagnostics.errorCount() == 1);
    CHECK(diagnostics.all()[0].code == "R206");
    CHECK(diagnostics.all()[0].message ==
          "text run \"Hà Nội\" on page 1 has kerning offsets out of order or inside a character");
}

TEST_CASE("a synthetic bold strokes the glyphs and a synthetic italic slants them, from one embedded font",
          "[render][fonts]") {
    TempDir dir("render-synthetic");
    frame::Document document = documentWithLines({"日本語"}, ipaexGothic());
    frame::FontFace bold = ipaexGothic(), italic = ipaexGothic();
    bold.syntheticBold = true;
    italic.syntheticItalic = true;
    document.fonts.push_back(bold);
    document.fonts.push_back(italic);
    document.pages[0].items.push_back(textRun(72, 200, 1, "太字", 12));
    document.pages[0].items.push_back(textRun(72, 230, 2, "斜体", 12));
    document.pages[0].items.push_back(textRun(72, 260, 0, "普通", 12));
    std::string pdf = writeChecked(document, dir, "synthetic.pdf");

    std::string errors;
    std::string text = pdfText(pdf, errors);
    text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
    CHECK(text == "日本語太字斜体普通");
    CHECK(pdfFonts(pdf, errors).size() == 1);  // the styles share IPAex Gothic's one subset
    // The page's content stream, uncompressed by qpdf: fill+stroke (2 Tr) with a 12/30 pt line
    // for the bold, back to fill (0 Tr); a text matrix slanted by tan 12° for the italic.
    const std::string qdf = dir.file("synthetic-qdf.pdf");
    REQUIRE(runProcess({"qpdf", "--qdf", "--object-streams=disable", pdf, qdf}).exitCode == 0);
    const std::string bytes = readFile(qdf);
    const std::size_t boldAt = bytes.find("0.4 w\n2 Tr\n");
    REQUIRE(boldAt != std::string::npos);
    const std::size_t italicAt = bytes.find("0 Tr\n1 0 0.213 1 72 611.89 Tm\n", boldAt);
    CHECK(italicAt != std::string::npos);
    CHECK(bytes.find("1 0 0 1 72 581.89 Tm\n", italicAt) != std::string::npos);  // upright again
}
