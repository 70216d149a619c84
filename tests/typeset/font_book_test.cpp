#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "typeset_fixture.h"
#include "process.h"

using namespace brochure;
using namespace brochure::typeset;
using namespace brochure::typeset::test;

TEST_CASE("the font book finds Noto Sans in four styles and IPAex Gothic by either spelling") {
    FontBook& fonts = sharedFonts();
    const int regular = fonts.findFace("Noto Sans", false, false);
    const int bold = fonts.findFace("Noto Sans", true, false);
    const int italic = fonts.findFace("Noto Sans", false, true);
    const int boldItalic = fonts.findFace("Noto Sans", true, true);
    REQUIRE(regular >= 0);
    CHECK(fonts.face(regular).file.find("NotoSans-Regular.ttf") != std::string::npos);
    CHECK(fonts.face(bold).file.find("NotoSans-Bold.ttf") != std::string::npos);
    CHECK(fonts.face(italic).file.find("NotoSans-Italic.ttf") != std::string::npos);
    CHECK(fonts.face(boldItalic).file.find("NotoSans-BoldItalic.ttf") != std::string::npos);
    const int ipa = fonts.findFace("IPAexGothic", false, false);
    REQUIRE(ipa >= 0);
    CHECK(fonts.findFace("IPAex Gothic", false, false) == ipa);
    CHECK(fonts.findFace("Comic Sans", false, false) == -1);
}

TEST_CASE("bold and italic of a family without them are synthesized from its regular face") {
    FontBook& fonts = sharedFonts();
    const int ipa = fonts.findFace("IPAexGothic", false, false);
    const int bold = fonts.findFace("IPAexGothic", true, false);
    const int italic = fonts.findFace("IPAexGothic", false, true);
    const int boldItalic = fonts.findFace("IPAexGothic", true, true);
    REQUIRE(bold >= 0);
    CHECK(bold != ipa);
    CHECK(fonts.face(bold).file == fonts.face(ipa).file);  // the same outlines...
    CHECK(fonts.face(bold).syntheticBold);                 // ...stroked
    CHECK_FALSE(fonts.face(bold).syntheticItalic);
    CHECK(fonts.face(italic).syntheticItalic);
    CHECK_FALSE(fonts.face(italic).syntheticBold);
    CHECK((fonts.face(boldItalic).syntheticBold && fonts.face(boldItalic).syntheticItalic));
    CHECK(fonts.face(bold).displayName() == "IPAexGothic Bold (synthesized)");
    // Advances are the regular face's: a synthetic style changes the look, not the line breaks.
    CHECK(fonts.measure(bold, "日本語") == fonts.measure(ipa, "日本語"));
    // A family with all four files gets no synthetic face.
    CHECK_FALSE(fonts.face(fonts.findFace("Noto Sans", true, true)).syntheticBold);
}

TEST_CASE("measuring uses the font's advances and kerning") {
    FontBook& fonts = sharedFonts();
    const int regular = fonts.findFace("Noto Sans", false, false);
    // Noto Sans kerns "AV" tighter than A and V set apart.
    const double pair = fonts.measure(regular, "AV");
    CHECK(pair < fonts.measure(regular, "A") + fonts.measure(regular, "V") - 0.01);
    // Bold is wider than regular; a second measurement (cached) gives the same value.
    const int bold = fonts.findFace("Noto Sans", true, false);
    CHECK(fonts.measure(bold, "Singapore") > fonts.measure(regular, "Singapore"));
    CHECK(fonts.measure(regular, "Singapore") == fonts.measure(regular, "Singapore"));
    // Japanese glyphs are full width: one em each.
    const int ipa = fonts.findFace("IPAexGothic", false, false);
    CHECK(fonts.measure(ipa, "日本") == Approx(2.0).epsilon(0.01));
}

TEST_CASE("glyph coverage: Noto Sans has Vietnamese, only IPAex has kana") {
    FontBook& fonts = sharedFonts();
    const int noto = fonts.findFace("Noto Sans", false, false);
    const int ipa = fonts.findFace("IPAexGothic", false, false);
    CHECK(fonts.hasGlyph(noto, U'ộ'));
    CHECK(fonts.hasGlyph(noto, U'à'));
    CHECK_FALSE(fonts.hasGlyph(noto, U'の'));
    CHECK(fonts.hasGlyph(ipa, U'の'));
}

TEST_CASE("a missing fonts folder is error T001, not a crash") {
    Diagnostics diagnostics;
    FontBook fonts("/nonexistent/fonts", diagnostics);
    CHECK(fonts.faceCount() == 0);
    REQUIRE(diagnostics.hasErrors());
    CHECK(diagnostics.all().front().code == "T001");
    CHECK(diagnostics.all().front().file == "/nonexistent/fonts");
    // Typesetting with no fonts gives an empty document and no crash.
    content::Document doc = document({paragraph("text")});
    frame::Document out = typeset::typeset(doc, fonts, diagnostics);
    CHECK(out.pages.empty());
}

TEST_CASE("a file named .ttf that is not a font is error T002, and the intact fonts are still read") {
    brochure::testing::TempDir temp("typeset-bad-fonts");
    const std::string dir = temp.path();
    { std::ofstream(dir + "/Broken.ttf") << "this is not a font"; }
    std::filesystem::copy_file(fontsDir() + "/NotoSans-Regular.ttf", dir + "/NotoSans-Regular.ttf",
                               std::filesystem::copy_options::overwrite_existing);
    Diagnostics diagnostics;
    FontBook fonts(dir, diagnostics);
    CHECK(fonts.faceCount() == 4);  // Noto Sans Regular and its synthesized bold, italic, bold italic
    CHECK(fonts.face(0).file == dir + "/NotoSans-Regular.ttf");
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == Severity::error);
    CHECK(diagnostics.all()[0].code == "T002");
    CHECK(diagnostics.all()[0].file == dir + "/Broken.ttf");
    CHECK(diagnostics.all()[0].message ==
          "the font file is damaged: it does not start like a TrueType or OpenType font");
}

TEST_CASE("an unknown family in a style is warning T003 and the next family is used") {
    Diagnostics diagnostics;
    content::Paragraph p = paragraph("Hello");
    p.spans[0].style.families = {"Missing Family", "Noto Sans"};
    frame::Document out = run(document({p}), diagnostics);
    CHECK(hasCode(diagnostics, "T003"));
    REQUIRE(out.pages.size() == 1);
    CHECK(pageText(out.pages[0]) == "Hello");
    CHECK(out.fonts.at(0).name == "Noto Sans Regular");
}

TEST_CASE("kerning is reported where it applies, so a painter without kerning can reproduce it") {
    FontBook& fonts = sharedFonts();
    const int regular = fonts.findFace("Noto Sans", false, false);
    const FontBook::Measurement& av = fonts.measureText(regular, "AV");
    REQUIRE(av.kerning.size() == 1);
    CHECK(av.kerning[0].offset == 1);  // before "V"
    CHECK(av.kerning[0].dx < 0);
    CHECK(av.width == Approx(fonts.measure(regular, "A") + fonts.measure(regular, "V") + av.kerning[0].dx));
    CHECK(fonts.measureText(regular, "HHH").kerning.empty());
}

TEST_CASE("a text run's width is its glyph advances plus its kerning") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({paragraph("Tokyo, Toyama and Yokohama: AVATAR Travel Wave")}), diagnostics);
    FontBook& fonts = sharedFonts();
    const int regular = fonts.findFace("Noto Sans", false, false);
    int kerned = 0;
    for (const frame::TextRun* run : textRuns(doc.pages[0])) {
        double advances = 0;
        for (char c : run->text) advances += fonts.measure(regular, std::string(1, c)) * run->size;
        double kerning = 0;
        for (const frame::Kern& k : run->kerning) {
            CHECK(k.offset > 0);
            CHECK(k.offset < run->text.size());
            kerning += k.dx;
        }
        kerned += static_cast<int>(run->kerning.size());
        CHECK(run->width == Approx(advances + kerning).margin(1e-6));
    }
    CHECK(kerned >= 5);
}

TEST_CASE("a bold Japanese heading is set in a synthesized bold, and the warning says so once") {
    Diagnostics diagnostics;
    frame::Document doc = run(document({heading("自治体国際化協会", "a"), heading("日本の自治体 Tokyo", "b"),
                                        paragraph("日本語の本文")}),
                              diagnostics);
    std::vector<const Diagnostic*> warnings;
    for (const Diagnostic& d : diagnostics.all())
        if (d.code == "T004") warnings.push_back(&d);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0]->severity == Severity::warning);
    CHECK(warnings[0]->file.find("ipaexg.ttf") != std::string::npos);
    CHECK(warnings[0]->message ==
          "font 'IPAexGothic' has no bold face; bold text in it is synthesized (outlines stroked)");
    REQUIRE(doc.pages.size() == 1);
    for (const frame::TextRun* run : textRuns(doc.pages[0])) {
        INFO(run->text);
        const frame::FontFace& face = doc.fonts[static_cast<std::size_t>(run->font)];
        if (run->text.find("自治体") != std::string::npos) CHECK(face.syntheticBold);    // headings
        if (run->text == "Tokyo") CHECK(face.file.find("NotoSans-Bold.ttf") != std::string::npos);  // real bold
        if (run->text.find("本文") != std::string::npos) CHECK_FALSE(face.syntheticBold);  // body text
    }
}

TEST_CASE("a truncated font is error T002 naming the table that runs past the end", "[fonts][damage]") {
    brochure::testing::TempDir temp("typeset-truncated-font");
    const std::string bytes = brochure::testing::readFile(fontsDir() + "/NotoSans-Regular.ttf");
    brochure::testing::writeFile(temp.file("NotoSans-Regular.ttf"), bytes.substr(0, bytes.size() / 2));
    Diagnostics diagnostics;
    FontBook fonts(temp.path(), diagnostics);
    CHECK(fonts.faceCount() == 0);
    REQUIRE_FALSE(diagnostics.all().empty());
    CHECK(diagnostics.all()[0].code == "T002");
    CHECK(diagnostics.all()[0].severity == Severity::error);
    CHECK(diagnostics.all()[0].message.find("past the end of the file (" + std::to_string(bytes.size() / 2) +
                                            " bytes): the file is cut short") != std::string::npos);
}
