#include "typeset/sfnt_check.h"

#include <cstdint>

namespace brochure::typeset {
namespace {

std::uint32_t bigEndian(std::string_view bytes, std::size_t at, std::size_t size) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

std::string tagName(std::string_view bytes, std::size_t at) {
    std::string tag(bytes.substr(at, 4));
    for (char& c : tag)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) c = '?';
    return tag;
}

// The table directory of the font starting at `offset`.
std::string directoryDamage(std::string_view bytes, std::size_t offset) {
    const std::size_t size = bytes.size();
    if (offset + 12 > size) return "the file ends inside a font's header";
    const std::uint32_t version = bigEndian(bytes, offset, 4);
    if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */)
        return "it does not start like a TrueType or OpenType font";
    const std::size_t tables = bigEndian(bytes, offset + 4, 2);
    if (tables == 0) return "its table directory lists no tables";
    if (offset + 12 + tables * 16 > size) return "the file ends inside its table directory";
    for (std::size_t t = 0; t < tables; ++t) {
        const std::size_t record = offset + 12 + t * 16;
        const std::uint64_t start = bigEndian(bytes, record + 8, 4);
        const std::uint64_t length = bigEndian(bytes, record + 12, 4);
        if (start + length > size)
            return "the table '" + tagName(bytes, record) + "' ends at byte " + std::to_string(start + length) +
                   ", past the end of the file (" + std::to_string(size) + " bytes): the file is cut short";
    }
    return {};
}

}  // namespace

std::string sfntDamage(std::string_view bytes) {
    if (bytes.size() < 12) return "the file is too short to be a font";
    if (bytes.substr(0, 4) != "ttcf") return directoryDamage(bytes, 0);
    const std::size_t fonts = bigEndian(bytes, 8, 4);
    if (fonts == 0 || 12 + fonts * 4 > bytes.size()) return "the collection's list of fonts is cut short";
    for (std::size_t f = 0; f < fonts; ++f)
        if (std::string damage = directoryDamage(bytes, bigEndian(bytes, 12 + f * 4, 4)); !damage.empty())
            return damage;
    return {};
}

}  // namespace brochure::typeset
