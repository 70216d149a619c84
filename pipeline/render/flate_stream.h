#pragma once
// Internal to the render stage: stream objects compressed here instead of by libharu.
//
// libharu 2.3 deflates every stream at zlib's default level 6 while saving, through a chain
// of byte-by-byte copies. Page content streams are most of a long table's PDF; compressing
// them here at level kFlateLevel takes a third of the time for ~10% more bytes. The dictionary
// then holds the compressed bytes with libharu's filter off, and its write hook adds the
// /Filter entry libharu would otherwise leave out.

#include <string_view>

#include "render/hpdf_document.h"

namespace brochure::render {

// zlib levels 1..9: the speed / size trade of the streams compressed here. Text operators and
// fonts compress nearly as well at level 1; raw image samples (screenshots, flat colours) come
// out twice as large at level 1 as at the default 6, and are few.
inline constexpr int kFlateLevel = 1;
inline constexpr int kImageFlateLevel = 6;

// Replaces the content of the stream dictionary `dict` by `bytes`, Flate-compressed.
void writeFlateStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view bytes, const std::string& during,
                      int level = kFlateLevel);

// The same with bytes that are already a zlib stream (a PNG's image data).
void writeDeflatedStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view deflated, const std::string& during);

}  // namespace brochure::render
