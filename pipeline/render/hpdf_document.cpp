#include "render/hpdf_document.h"

#include "render/flate_stream.h"

#include <cstdio>

namespace brochure::render {
namespace {

// The libharu codes a user can actually cause (bad files, full disks); others are printed as
// numbers, which is what a bug report needs.
const char* explain(unsigned long status) {
    switch (status) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_FILE_IO_ERROR: return "file read/write error";
    case HPDF_FILE_OPEN_ERROR: return "cannot open file";
    case HPDF_INVALID_FONTDEF_DATA:
    case HPDF_TTF_INVALID_FOMAT: return "invalid TrueType font";
    case HPDF_TTF_INVALID_CMAP: return "TrueType font has no usable Unicode cmap";
    case HPDF_TTF_MISSING_TABLE: return "TrueType font misses a required table";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "the font's licence forbids embedding";
    case HPDF_UNSUPPORTED_FONT_TYPE: return "unsupported font type (only TrueType outlines)";
    case HPDF_INVALID_JPEG_DATA:
    case HPDF_UNSUPPORTED_JPEG_FORMAT: return "unsupported JPEG";
    case HPDF_INVALID_IMAGE: return "invalid image";
    case HPDF_INVALID_URI: return "invalid URI";
    case HPDF_PAGE_INVALID_SIZE: return "invalid page size";
    case HPDF_ZLIB_ERROR: return "compression error";
    case HPDF_STRING_OUT_OF_RANGE: return "text longer than PDF's limit of 65,535 bytes";
    default: return nullptr;
    }
}

}  // namespace

std::string HpdfFailure::describe() const {
    char code[48];
    std::snprintf(code, sizeof code, "libharu error 0x%04lX/%lu", status, detail);
    std::string text = "PDF writing failed while " + during + ": ";
    if (const char* meaning = explain(status)) text += std::string(meaning) + " (" + code + ")";
    else text += code;
    return text;
}

HpdfDocument::HpdfDocument() {
    doc_ = HPDF_New(&HpdfDocument::onError, this);
    if (!doc_) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0, "creating the document"};
}

HpdfDocument::~HpdfDocument() {
    flate_.reset();  // its worker stops before the dictionaries it was compressing for are freed
    if (doc_) HPDF_Free(doc_);
}

FlateQueue& HpdfDocument::flateQueue() {
    if (!flate_) flate_ = std::make_unique<FlateQueue>();
    return *flate_;
}

void HpdfDocument::onError(HPDF_STATUS status, HPDF_STATUS detail, void* self) {
    auto* document = static_cast<HpdfDocument*>(self);
    if (document->error_ == HPDF_OK) {  // keep the first error: later ones are its echoes
        document->error_ = status;
        document->detail_ = detail;
    }
}

void HpdfDocument::fail(const std::string& during) {
    HPDF_STATUS status = error_ != HPDF_OK ? error_ : HPDF_GetError(doc_);
    HPDF_STATUS detail = error_ != HPDF_OK ? detail_ : HPDF_GetErrorDetail(doc_);
    error_ = HPDF_OK;
    HPDF_ResetError(doc_);
    throw HpdfFailure{status, detail, during};
}

}  // namespace brochure::render
