// Format detection, file reading and the per-path cache in front of the two decoders.

#include "image/image.h"

#include <mutex>
#include <unordered_map>
#include <vector>

#include "core/limits.h"
#include "core/world.h"
#include "image/decoders.h"

namespace brochure::image {
namespace {

bool startsWith(const std::string& bytes, std::string_view prefix) {
    return bytes.compare(0, prefix.size(), prefix) == 0;
}

// Names formats users are likely to try, so the message says what the file is.
std::string describeUnsupported(const std::string& bytes) {
    if (startsWith(bytes, "GIF8")) return "a GIF image";
    if (startsWith(bytes, "RIFF") && bytes.size() >= 12 && bytes.compare(8, 4, "WEBP") == 0)
        return "a WebP image";
    if (startsWith(bytes, "II*") || startsWith(bytes, std::string_view("MM\0*", 4))) return "a TIFF image";
    if (startsWith(bytes, "BM")) return "a BMP image";
    if (startsWith(bytes, "%PDF")) return "a PDF file";
    if (bytes.find("<svg") != std::string::npos) return "an SVG image";
    if (bytes.empty()) return "an empty file";
    return "not a PNG or JPEG image";
}

// One slot per path: the first caller decodes, concurrent callers for the same path wait for it,
// callers for other paths proceed in parallel.
struct Slot {
    std::once_flag once;
    std::shared_ptr<const Decoded> image;
    Diagnostics diagnostics;  // what the decode reported, replayed to every caller
};

std::mutex cacheMutex;
std::unordered_map<std::string, std::shared_ptr<Slot>> cache;

std::shared_ptr<Slot> slotFor(const std::string& path) {
    std::lock_guard lock(cacheMutex);
    auto& slot = cache[path];
    if (!slot) slot = std::make_shared<Slot>();
    return slot;
}

std::shared_ptr<const Decoded> readAndDecode(const std::string& path, Diagnostics& diagnostics, Pixels pixels) {
    FileContents file = realWorld().readFile(path);
    if (!file.ok()) {
        diagnostics.error("R101", path, 0, 0, "cannot read image: " + file.error);
        return nullptr;
    }
    return decode(file.bytes, path, diagnostics, pixels);
}

}  // namespace

bool checkDimensions(std::int64_t width, std::int64_t height, const std::string& name,
                     Diagnostics& diagnostics) {
    if (width <= 0 || height <= 0) {
        diagnostics.error("R105", name, 0, 0, "image has no pixels (" + std::to_string(width) +
                                                  "x" + std::to_string(height) + ")");
        return false;
    }
    const std::int64_t maxPixels = limits().maxImagePixels;
    if (width * height > maxPixels) {
        std::string limit = maxPixels >= 1'000'000 ? std::to_string(maxPixels / 1'000'000) + " megapixels"
                                                   : std::to_string(maxPixels) + " pixels";
        diagnostics.error("R105", name, 0, 0,
                          "image is too large: " + std::to_string(width) + "x" + std::to_string(height) +
                              " pixels, the limit is " + limit,
                          "scale the image down (300 dpi at A4 is about 2480x3508 pixels), or raise "
                          "limits.image-pixels in brochure.properties");
        return false;
    }
    return true;
}

std::shared_ptr<const Decoded> decode(const std::string& bytes, const std::string& name,
                                      Diagnostics& diagnostics, Pixels pixels) {
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n")) return decodePng(bytes, name, diagnostics, pixels);
    if (startsWith(bytes, "\xff\xd8\xff")) return decodeJpeg(bytes, name, diagnostics);
    diagnostics.error("R102", name, 0, 0, "unsupported image format: " + describeUnsupported(bytes),
                      "use a PNG or JPEG file");
    return nullptr;
}

std::shared_ptr<const Decoded> load(const std::string& path, Diagnostics& diagnostics, Pixels pixels) {
    auto slot = slotFor(path);
    std::call_once(slot->once, [&] { slot->image = readAndDecode(path, slot->diagnostics, Pixels::whenNeeded); });
    if (pixels == Pixels::always && slot->image && slot->image->format == Format::png && slot->image->data.empty())
        return readAndDecode(path, diagnostics, Pixels::always);
    diagnostics.append(slot->diagnostics);
    return slot->image;
}

std::optional<Info> probe(const std::string& path, Diagnostics& diagnostics) {
    auto image = load(path, diagnostics);
    if (!image) return std::nullopt;
    return image->info();
}

void clearCache() {
    std::lock_guard lock(cacheMutex);
    cache.clear();
}

}  // namespace brochure::image
