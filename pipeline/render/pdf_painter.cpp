#include "render/pdf_painter.h"

#include "core/atomic_file.h"
#include "render/flate_stream.h"
#include "render/hpdf_document.h"
#include "render/page_painter.h"
#include "render/pdf_fonts.h"
#include "render/pdf_images.h"
#include "render/pdf_metadata.h"
#include "render/pdf_navigation.h"
#include "render/pdf_print.h"

namespace brochure::render {
namespace {

bool validPageSize(const frame::Page& page) {
    // PDF viewers limit pages to 3..14400 points per side.
    return page.width >= 3 && page.width <= 14400 && page.height >= 3 && page.height <= 14400;
}

// What distinguishes a print edition's bytes from the screen edition's, for its /ID.
std::string printVariant(const PrintEdition& print) {
    return "print bleed=" + std::to_string(print.bleed) + " marks=" + (print.cropMarks ? "yes" : "no") +
           " condition=" + print.outputCondition + " profile=" + std::to_string(print.outputProfile.size());
}

// Builds the whole document inside `pdf`. Returns false when diagnostics reported errors (the
// document is then incomplete and must not be saved); libharu failures throw HpdfFailure.
bool build(HpdfDocument& pdf, const frame::Document& document, Diagnostics& diagnostics, const RenderOptions& options) {
    const PrintEdition* print = options.print ? &*options.print : nullptr;
    const std::size_t errorsBefore = diagnostics.errorCount();
    HPDF_Doc doc = pdf.get();
    pdf.check(HPDF_SetCompressionMode(doc, HPDF_COMP_ALL), "enabling compression");
    pdf.check(HPDF_UseUTFEncodings(doc), "enabling UTF-8");

    for (std::size_t p = 0; p < document.pages.size(); ++p)
        if (!validPageSize(document.pages[p]))
            diagnostics.error("R206", {}, 0, 0,
                              "page " + std::to_string(p + 1) + " has an invalid size " +
                                  std::to_string(document.pages[p].width) + "x" +
                                  std::to_string(document.pages[p].height) + " pt");
    if (document.pages.empty()) diagnostics.error("R206", {}, 0, 0, "the document has no pages");
    if (diagnostics.errorCount() > errorsBefore) return false;

    PdfFonts fonts(pdf, diagnostics);
    fonts.embed(document);
    PdfImages images(pdf, diagnostics, print != nullptr);

    // All pages exist before any link is added, so links can point forward.
    std::vector<HPDF_Page> pages;
    std::vector<PrintPage> printPages;
    pages.reserve(document.pages.size());
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const std::string during = "adding page " + std::to_string(p + 1);
        HPDF_Page page = pdf.need(HPDF_AddPage(doc), during);
        if (print) {
            printPages.push_back({print, printGeometry(document.pages[p].width, document.pages[p].height, *print)});
            setPrintBoxes(pdf, page, printPages.back().geometry, during);
        } else {
            pdf.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(document.pages[p].width)), during);
            pdf.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(document.pages[p].height)), during);
        }
        pages.push_back(page);
    }
    // Links and bookmarks are the screen edition's: a print shop's PDF carries no annotations
    // (PDF/X forbids them inside the bleed box).
    PdfNavigation navigation(pdf, diagnostics, document, pages);
    if (!print) navigation.collectDestinations();
    for (std::size_t p = 0; p < pages.size(); ++p) {
        paintPage(pdf, pages[p], document.pages[p], p, fonts, images, print ? &printPages[p] : nullptr);
        if (!print) navigation.addLinks(p);
    }
    if (!print) navigation.addOutline();
    navigation.addPageLabels();
    writeMetadata(pdf, document, print ? printVariant(*print) : std::string());
    if (print) writeOutputIntent(pdf, *print);
    return diagnostics.errorCount() == errorsBefore;
}

void reportFailure(const HpdfFailure& failure, Diagnostics& diagnostics) {
    diagnostics.error("R201", {}, 0, 0, failure.describe());
}

}  // namespace

std::optional<std::string> renderPdf(const frame::Document& document, Diagnostics& diagnostics,
                                     const RenderOptions& options) {
    try {
        HpdfDocument pdf;
        if (!build(pdf, document, diagnostics, options)) return std::nullopt;
        finishStreams(pdf);
        pdf.check(HPDF_SaveToStream(pdf.get()), "writing the PDF");
        std::string bytes(HPDF_GetStreamSize(pdf.get()), '\0');
        auto size = static_cast<HPDF_UINT32>(bytes.size());
        pdf.check(HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size),
                  "reading the PDF back");
        bytes.resize(size);
        return bytes;
    } catch (const HpdfFailure& failure) {
        reportFailure(failure, diagnostics);
        return std::nullopt;
    }
}

bool writePdf(const frame::Document& document, const std::string& path, Diagnostics& diagnostics,
              const RenderOptions& options) {
    std::optional<std::string> bytes = renderPdf(document, diagnostics, options);
    if (!bytes) return false;
    std::string error;
    if (!writeFileAtomically(path, *bytes, error)) {
        diagnostics.error("R207", path, 0, 0, "cannot write the PDF: " + error,
                          "check that the output folder exists and is writable");
        return false;
    }
    return true;
}

}  // namespace brochure::render
