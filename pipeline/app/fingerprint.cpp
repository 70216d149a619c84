#include "app/fingerprint.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace brochure::app {

struct Fingerprint::Engine {
    Poco::SHA2Engine sha{Poco::SHA2Engine::SHA_256};
};

Fingerprint::Fingerprint() : engine_(std::make_unique<Engine>()) {}
Fingerprint::~Fingerprint() = default;
Fingerprint::Fingerprint(Fingerprint&&) noexcept = default;
Fingerprint& Fingerprint::operator=(Fingerprint&&) noexcept = default;

void Fingerprint::add(std::string_view label, std::string_view bytes) {
    std::string frame = std::string(label) + '\0' + std::to_string(bytes.size()) + '\0';
    engine_->sha.update(frame.data(), static_cast<unsigned>(frame.size()));
    engine_->sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
}

std::string Fingerprint::finish() {
    return Poco::DigestEngine::digestToHex(engine_->sha.digest());
}

std::string sha256Hex(std::string_view bytes) {
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
    return Poco::DigestEngine::digestToHex(sha.digest());
}

}  // namespace brochure::app
