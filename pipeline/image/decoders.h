#pragma once
// The two decoders behind image.h. Each fully decodes `bytes` (so corrupt data is found now,
// not in a PDF reader), reports one diagnostic naming `name` on failure and returns nullptr.

#include <memory>
#include <string>

#include "image/image.h"

namespace brochure::image {

std::shared_ptr<const Decoded> decodePng(const std::string& bytes, const std::string& name,
                                         Diagnostics& diagnostics, Pixels pixels = Pixels::always);
std::shared_ptr<const Decoded> decodeJpeg(const std::string& bytes, const std::string& name,
                                          Diagnostics& diagnostics);

// R105 when width*height is zero or above limits().maxImagePixels; checked from the header before any
// pixel buffer is allocated. Returns true when the size is acceptable.
bool checkDimensions(std::int64_t width, std::int64_t height, const std::string& name,
                     Diagnostics& diagnostics);

}  // namespace brochure::image
