#pragma once
// A hash over everything an output depends on (the rows its queries returned, its layout,
// fonts, images, parameters and the program itself: programIdentity()). An output whose fingerprint is unchanged
// is not rebuilt. XXH3-128 rather than a cryptographic hash: nobody forges our inputs, and it
// reads the photos and every queried value of every build ~30 times faster than SHA-256.

#include <memory>
#include <string>
#include <string_view>

namespace brochure::app {

class Fingerprint {
public:
    Fingerprint();
    ~Fingerprint();
    Fingerprint(Fingerprint&&) noexcept;
    Fingerprint& operator=(Fingerprint&&) noexcept;

    // Each piece is framed by its label and length, so ("ab","c") and ("a","bc") differ.
    void add(std::string_view label, std::string_view bytes);
    std::string finish();  // 32 lower-case hex digits; ends the fingerprint (add() no more)

private:
    struct Engine;
    std::unique_ptr<Engine> engine_;
};

// The program itself as an input of every output: its version and a digest of its own
// executable, so a rebuilt or upgraded brochure (a typesetting fix, a new default) rebuilds
// every PDF instead of keeping ones it would now make differently. Computed once per process.
const std::string& programIdentity();

// The manifest's checksum of each PDF, which users check with sha256sum (docs/ci.md).
std::string sha256Hex(std::string_view bytes);

}  // namespace brochure::app
