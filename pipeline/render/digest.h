#pragma once
// A small non-cryptographic content digest (two 64-bit lanes, XXH3 for bytes) for the names and ids the
// PDF derives from its content: subset font tags and the document /ID. Deterministic across runs
// and machines, which is all these need.

#include <cstdint>
#include <string>
#include <string_view>

namespace brochure::render {

class Digest {
public:
    Digest& add(std::string_view bytes);
    Digest& add(double value);
    Digest& add(std::int64_t value);

    std::uint64_t first() const { return a_; }
    std::uint64_t second() const { return b_; }
    std::string bytes16() const;  // both lanes, big-endian, 16 bytes
    std::string tag() const;      // six uppercase letters (a subset font tag)

private:
    std::uint64_t a_ = 0xcbf29ce484222325ull;
    std::uint64_t b_ = 0x84222325cbf29ce4ull;  // a second, independent lane
};

}  // namespace brochure::render
