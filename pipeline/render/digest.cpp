#include "render/digest.h"

#include <cstring>

namespace brochure::render {

Digest& Digest::add(std::string_view bytes) {
    constexpr std::uint64_t prime = 0x100000001b3ull;
    for (unsigned char c : bytes) {
        a_ = (a_ ^ c) * prime;
        b_ = (b_ ^ static_cast<unsigned char>(c + 0x5b)) * prime;
    }
    // Length-terminate so ("ab","c") and ("a","bc") differ.
    a_ = (a_ ^ bytes.size()) * prime;
    b_ = (b_ ^ (bytes.size() * 31)) * prime;
    return *this;
}

Digest& Digest::add(double value) {
    char raw[sizeof value];
    std::memcpy(raw, &value, sizeof value);
    return add(std::string_view(raw, sizeof raw));
}

Digest& Digest::add(std::int64_t value) {
    char raw[sizeof value];
    std::memcpy(raw, &value, sizeof value);
    return add(std::string_view(raw, sizeof raw));
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
