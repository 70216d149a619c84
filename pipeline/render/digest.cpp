#include "render/digest.h"

#include <xxhash.h>

#include <cstring>

namespace brochure::render {

// XXH3 over the bytes, seeded by the digest so far: the /ID digest reads every text run of a
// long table and the subset tags every font file, where byte-wise FNV-1a was measurable.
Digest& Digest::add(std::string_view bytes) {
    const XXH128_hash_t h = XXH3_128bits_withSeed(bytes.data(), bytes.size(), a_ ^ b_);
    return add(static_cast<std::int64_t>(h.low64)).add(static_cast<std::int64_t>(h.high64));
}

// Numbers are mixed a whole word at a time: the /ID digest covers every item of a 100-page
// document, and byte-wise FNV over them is measurable.
Digest& Digest::add(std::int64_t value) {
    auto word = static_cast<std::uint64_t>(value);
    a_ = (a_ ^ word) * 0x9e3779b97f4a7c15ull;
    a_ ^= a_ >> 29;
    b_ = (b_ ^ (word + 0x632be59bd9b4e019ull)) * 0xbf58476d1ce4e5b9ull;
    b_ ^= b_ >> 31;
    return *this;
}

Digest& Digest::add(double value) {
    std::int64_t word;
    std::memcpy(&word, &value, sizeof word);
    return add(word);
}

std::string Digest::bytes16() const {
    std::string out(16, '\0');
    for (int i = 0; i < 8; ++i) {
        out[i] = static_cast<char>(a_ >> (56 - 8 * i));
        out[8 + i] = static_cast<char>(b_ >> (56 - 8 * i));
    }
    return out;
}

std::string Digest::tag() const {
    std::string out(6, 'A');
    std::uint64_t v = a_ ^ b_;
    for (char& c : out) {
        c = static_cast<char>('A' + v % 26);
        v /= 26;
    }
    return out;
}

}  // namespace brochure::render
