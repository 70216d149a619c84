// JPEG validation with libjpeg: a full decode of every scan (at 1/8 scale, see readJpeg), so a
// truncated or corrupt file is found here (libharu 2.3 would embed it silently). libjpeg calls
// a truncated file a "warning" (it pads the missing data with gray); we treat every warning as
// an error.
// The bytes are then embedded unchanged (the PDF keeps the DCT data).
//
// libjpeg reports errors by longjmp; as in the PNG decoder every C++ object lives in
// JpegReader, outside the frames that longjmp crosses.

#include <cstdio>
#include <csetjmp>
#include <vector>

#include <jpeglib.h>

#include "image/decoders.h"

namespace brochure::image {
namespace {

struct JpegReader {
    jpeg_decompress_struct info{};
    jpeg_error_mgr errors{};
    std::jmp_buf jump{};
    char error[JMSG_LENGTH_MAX] = {};
    bool created = false;
    bool tooLarge = false;
    std::vector<JSAMPLE> row;

    ~JpegReader() {
        if (created) jpeg_destroy_decompress(&info);
    }
};

extern "C" void jpegErrorExit(j_common_ptr common) {
    auto* reader = reinterpret_cast<JpegReader*>(common->client_data);
    common->err->format_message(common, reader->error);
    std::longjmp(reader->jump, 1);
}

extern "C" void jpegMessage(j_common_ptr common, int level) {
    if (level >= 0) return;  // trace messages
    jpegErrorExit(common);   // a warning means damaged data
}

bool readJpeg(JpegReader& reader, const std::string& bytes, const std::string& name,
              Diagnostics& diagnostics) {
    if (setjmp(reader.jump)) return false;
    jpeg_create_decompress(&reader.info);
    reader.created = true;
    jpeg_mem_src(&reader.info, reinterpret_cast<const unsigned char*>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(&reader.info, JPEG_APP0 + 14, 0xffff);  // Adobe marker: inverted CMYK
    jpeg_read_header(&reader.info, TRUE);
    if (!checkDimensions(reader.info.image_width, reader.info.image_height, name, diagnostics)) {
        reader.tooLarge = true;
        return false;
    }
    // Validation only: the fastest decode that still reads and checks every coefficient. At
    // 1/8 scale libjpeg entropy-decodes every block of every scan as before but keeps only its
    // DC term, skipping nearly all inverse-DCT, upsampling and colour work (a third of the time).
    reader.info.scale_num = 1;
    reader.info.scale_denom = 8;
    reader.info.dct_method = JDCT_IFAST;
    reader.info.do_fancy_upsampling = FALSE;
    reader.info.do_block_smoothing = FALSE;
    jpeg_start_decompress(&reader.info);
    reader.row.resize(static_cast<std::size_t>(reader.info.output_width) *
                      reader.info.output_components);
    JSAMPROW rows[1] = {reader.row.data()};
    while (reader.info.output_scanline < reader.info.output_height)
        jpeg_read_scanlines(&reader.info, rows, 1);
    jpeg_finish_decompress(&reader.info);
    return true;
}

}  // namespace

std::shared_ptr<const Decoded> decodeJpeg(const std::string& bytes, const std::string& name,
                                          Diagnostics& diagnostics) {
    JpegReader reader;
    reader.info.err = jpeg_std_error(&reader.errors);
    reader.errors.error_exit = jpegErrorExit;
    reader.errors.emit_message = jpegMessage;
    reader.info.client_data = &reader;
    if (!readJpeg(reader, bytes, name, diagnostics)) {
        if (!reader.tooLarge)
            diagnostics.error("R104", name, 0, 0,
                              std::string("corrupt or truncated JPEG image: ") + reader.error,
                              "re-export the image from its source");
        return nullptr;
    }
    auto out = std::make_shared<Decoded>();
    out->format = Format::jpeg;
    out->width = static_cast<int>(reader.info.image_width);
    out->height = static_cast<int>(reader.info.image_height);
    switch (reader.info.num_components) {
    case 1: out->colorSpace = ColorSpace::gray; break;
    case 3: out->colorSpace = ColorSpace::rgb; break;
    case 4:
        out->colorSpace = ColorSpace::cmyk;
        out->invertedCmyk = reader.info.saw_Adobe_marker;
        break;
    default:
        diagnostics.error("R104", name, 0, 0,
                          "unsupported JPEG with " + std::to_string(reader.info.num_components) +
                              " colour components",
                          "save the image as RGB, grayscale or CMYK");
        return nullptr;
    }
    out->data = bytes;
    return out;
}

}  // namespace brochure::image
