#include "app/font_check.h"

#include "layoutdef/values.h"
#include "typeset/font_book.h"

namespace brochure::app {

void checkLayoutFonts(const std::vector<layoutdef::LayoutDef>& layouts, const std::string& fontsDir,
                      Diagnostics& diagnostics) {
    Diagnostics opening;
    const typeset::FontBook fonts(fontsDir, opening);
    diagnostics.append(opening);
    std::string damaged;  // the font files that could not be read, any of which may be the family
    for (const Diagnostic& d : opening.all())
        if (d.code == "T002") damaged += (damaged.empty() ? "" : ", ") + d.file;
    if (damaged.empty()) return;  // a family simply absent is T003 (a warning) where it is used
    for (const layoutdef::LayoutDef& layout : layouts) {
        for (const layoutdef::Node* style : layout.root.childrenNamed("style")) {
            if (!style->has("font")) continue;
            for (const std::string& family : layoutdef::parseFamilies(style->get("font"))) {
                if (fonts.findFace(family, false, false) >= 0) continue;
                const SourcePosition at = style->where("font");
                diagnostics.error("T005", layout.file, at.line, at.column,
                                  "style '" + style->get("name") + "' asks for the font family '" + family +
                                      "', which no readable font file provides",
                                  "the damaged font file may be it: " + damaged);
            }
        }
    }
}

}  // namespace brochure::app
