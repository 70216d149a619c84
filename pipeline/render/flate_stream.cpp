#include "render/flate_stream.h"

#include <zlib.h>

#include <string>

namespace brochure::render {
namespace {

// libharu's dictionary writer calls this after the entries and before ">>".
HPDF_STATUS writeFlateFilter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

std::string deflateBytes(std::string_view bytes, int level, const std::string& during) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                           static_cast<uLong>(bytes.size()), level);
    // compressBound() is always enough and the level is valid: only memory can run out.
    if (status != Z_OK) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, static_cast<unsigned long>(-status), during};
    out.resize(size);
    return out;
}

}  // namespace

void writeFlateStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view bytes, const std::string& during,
                      int level) {
    writeDeflatedStream(pdf, dict, deflateBytes(bytes, level, during), during);
}

void writeDeflatedStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view deflated, const std::string& during) {
    HPDF_MemStream_FreeData(dict->stream);
    pdf.check(HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                                static_cast<HPDF_UINT>(deflated.size())),
              during);
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = writeFlateFilter;
}

}  // namespace brochure::render
