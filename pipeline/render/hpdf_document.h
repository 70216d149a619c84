#pragma once
// Internal to the render stage (never include outside pipeline/render): owns one libharu
// document and turns its errors into one C++ exception type at one place.
//
// libharu reports errors through a C callback; throwing from it would unwind through C frames
// compiled without unwind tables, so the callback only records the error and every call site
// checks the result through check()/need(), which throw HpdfFailure. Errors are sticky in
// libharu 2.3 (every later call fails until HPDF_ResetError), so the first failure ends the
// document: the builder catches HpdfFailure once, reports it, and frees the document.

#include <hpdf.h>

#include <memory>
#include <string>

namespace brochure::render {

struct HpdfFailure {
    unsigned long status = 0;  // libharu error code (HPDF_FILE_OPEN_ERROR, ...)
    unsigned long detail = 0;  // libharu detail code (often an errno or a table index)
    std::string during;        // what we were doing: "embedding font 'Noto Sans'"

    std::string describe() const;
};

class FlateQueue;

class HpdfDocument {
public:
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;

    HPDF_Doc get() const { return doc_; }

    // Throws HpdfFailure unless `status` is HPDF_OK and no error was recorded.
    void check(HPDF_STATUS status, const std::string& during) {
        if (status != HPDF_OK || error_ != HPDF_OK) fail(during);
    }
    // Returns `handle`, or throws HpdfFailure when it is null or an error was recorded.
    template <class Handle>
    Handle need(Handle handle, const std::string& during) {
        if (!handle || error_ != HPDF_OK) fail(during);
        return handle;
    }
    [[noreturn]] void fail(const std::string& during);

    // The streams of this document being compressed on another thread (render/flate_stream.h).
    FlateQueue& flateQueue();

private:
    static void onError(HPDF_STATUS status, HPDF_STATUS detail, void* self);

    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = HPDF_OK;
    HPDF_STATUS detail_ = 0;
    std::unique_ptr<FlateQueue> flate_;
};

}  // namespace brochure::render
