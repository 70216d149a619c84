#include "render/pdf_print.h"

#include <cstring>

namespace brochure::render {
namespace {

HPDF_Array boxArray(HpdfDocument& pdf, const Box& box, const std::string& during) {
    HPDF_Box corners{static_cast<HPDF_REAL>(box.left), static_cast<HPDF_REAL>(box.bottom),
                     static_cast<HPDF_REAL>(box.right), static_cast<HPDF_REAL>(box.top)};
    return pdf.need(HPDF_Box_Array_New(pdf.get()->mmgr, corners), during);
}

HPDF_String text(HpdfDocument& pdf, const std::string& value, const std::string& during) {
    return pdf.need(HPDF_String_New(pdf.get()->mmgr, value.c_str(), nullptr), during);
}

}  // namespace

std::string cmykProfileProblem(const std::string& icc) {
    // ICC.1 header: size at 0, device class at 12, colour space at 16, 'acsp' at 36.
    if (icc.size() < 132 || icc.compare(36, 4, "acsp") != 0) return "not an ICC profile";
    if (icc.compare(12, 4, "prtr") != 0) return "not an output (printer) profile";
    if (icc.compare(16, 4, "CMYK") != 0) return "not a CMYK profile (the print edition prints in CMYK)";
    return {};
}

void setPrintBoxes(HpdfDocument& pdf, HPDF_Page page, const PrintGeometry& geometry, const std::string& during) {
    pdf.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(geometry.media.width())), during);
    pdf.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(geometry.media.height())), during);
    pdf.check(HPDF_Dict_Add(page, "BleedBox", boxArray(pdf, geometry.bleed, during)), during);
    pdf.check(HPDF_Dict_Add(page, "TrimBox", boxArray(pdf, geometry.trim, during)), during);
}

void writeOutputIntent(HpdfDocument& pdf, const PrintEdition& edition) {
    if (edition.outputProfile.empty()) return;
    const std::string during = "writing the output intent";
    HPDF_Doc doc = pdf.get();

    // The profile, compressed (libharu's own ICC helper leaves it uncompressed).
    HPDF_Dict profile = pdf.need(HPDF_DictStream_New(doc->mmgr, doc->xref), during);
    profile->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    pdf.check(HPDF_Dict_AddNumber(profile, "N", 4), during);
    pdf.check(HPDF_Stream_Write(profile->stream, reinterpret_cast<const HPDF_BYTE*>(edition.outputProfile.data()),
                                static_cast<HPDF_UINT>(edition.outputProfile.size())),
              during);

    HPDF_Dict intent = pdf.need(HPDF_Dict_New(doc->mmgr), during);
    pdf.check(HPDF_Dict_AddName(intent, "Type", "OutputIntent"), during);
    pdf.check(HPDF_Dict_AddName(intent, "S", "GTS_PDFX"), during);
    pdf.check(HPDF_Dict_Add(intent, "OutputConditionIdentifier", text(pdf, edition.outputCondition, during)), during);
    pdf.check(HPDF_Dict_Add(intent, "OutputCondition", text(pdf, edition.outputCondition, during)), during);
    pdf.check(HPDF_Dict_Add(intent, "RegistryName", text(pdf, "http://www.color.org", during)), during);
    pdf.check(HPDF_Dict_Add(intent, "Info", text(pdf, edition.outputCondition, during)), during);
    pdf.check(HPDF_Dict_Add(intent, "DestOutputProfile", profile), during);
    HPDF_Array intents = pdf.need(HPDF_Array_New(doc->mmgr), during);
    pdf.check(HPDF_Array_Add(intents, intent), during);
    pdf.check(HPDF_Dict_Add(doc->catalog, "OutputIntents", intents), during);

    // PDF/X-1a:2001 identification; /Trapped is required and we do no trapping.
    HPDF_Dict info = pdf.need(doc->info, during);
    pdf.check(HPDF_Dict_Add(info, "GTS_PDFXVersion", text(pdf, "PDF/X-1:2001", during)), during);
    pdf.check(HPDF_Dict_Add(info, "GTS_PDFXConformance", text(pdf, "PDF/X-1a:2001", during)), during);
    pdf.check(HPDF_Dict_AddName(info, "Trapped", "False"), during);
    // PDF/X-1a:2001 is PDF 1.3; /Lang is a PDF 1.4 key.
    if (HPDF_Dict_GetItem(doc->catalog, "Lang", HPDF_OCLASS_STRING))
        pdf.check(HPDF_Dict_RemoveElement(doc->catalog, "Lang"), during);
}

}  // namespace brochure::render
