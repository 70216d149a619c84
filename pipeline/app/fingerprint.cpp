#include "app/fingerprint.h"

#include "core/mapped_file.h"

#include <Poco/DigestEngine.h>
#include <nettle/sha2.h>
#include <xxhash.h>

#include <cstdint>
#include <iterator>

#ifndef BROCHURE_VERSION
#define BROCHURE_VERSION "0.0.0"
#endif

namespace brochure::app {

struct Fingerprint::Engine {
    XXH3_state_t state;
};

Fingerprint::Fingerprint() : engine_(std::make_unique<Engine>()) { XXH3_128bits_reset(&engine_->state); }
Fingerprint::~Fingerprint() = default;
Fingerprint::Fingerprint(Fingerprint&&) noexcept = default;
Fingerprint& Fingerprint::operator=(Fingerprint&&) noexcept = default;

void Fingerprint::add(std::string_view label, std::string_view bytes) {
    const std::uint64_t size = bytes.size();
    XXH3_128bits_update(&engine_->state, label.data(), label.size());
    XXH3_128bits_update(&engine_->state, "", 1);  // the '\0' ending the label
    XXH3_128bits_update(&engine_->state, &size, sizeof size);
    XXH3_128bits_update(&engine_->state, bytes.data(), bytes.size());
}

std::string Fingerprint::finish() {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(&engine_->state));
    return Poco::DigestEngine::digestToHex({std::begin(canonical.digest), std::end(canonical.digest)});
}

const std::string& programIdentity() {
    static const std::string identity = [] {
        std::string error;
        auto executable = MappedFile::open("/proc/self/exe", error);  // ~2 MB, hashed at ~10 GB/s
        if (!executable) return std::string(BROCHURE_VERSION);        // still rebuilt on a new version
        XXH64_canonical_t canonical;
        XXH64_canonicalFromHash(&canonical, XXH3_64bits(executable->bytes().data(), executable->bytes().size()));
        return std::string(BROCHURE_VERSION) + " " +
               Poco::DigestEngine::digestToHex({std::begin(canonical.digest), std::end(canonical.digest)});
    }();
    return identity;
}

std::string sha256Hex(std::string_view bytes) {
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, sizeof digest, digest);
    return Poco::DigestEngine::digestToHex({std::begin(digest), std::end(digest)});
}

}  // namespace brochure::app
