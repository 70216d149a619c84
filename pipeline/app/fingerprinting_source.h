#pragma once
// A QuerySource that remembers what it answered: every query, its parameters and the rows it
// returned go into the document's fingerprint, so a document is rebuilt exactly when the data
// it shows changed (one country's row changes its handout and the brochure, nothing else).

#include "app/fingerprint.h"
#include "core/value.h"

#include <atomic>
#include <chrono>

namespace brochure::app {

class FingerprintingSource : public QuerySource {
public:
    FingerprintingSource(const QuerySource& inner, Fingerprint& fingerprint) : inner_(inner), fingerprint_(fingerprint) {}

    ResultSet query(const std::string& sql, const Params& params) const override;

    // Time spent in the store (for --profile).
    std::chrono::nanoseconds queryTime() const { return std::chrono::nanoseconds(nanoseconds_.load()); }

private:
    const QuerySource& inner_;
    Fingerprint& fingerprint_;
    mutable std::atomic<long long> nanoseconds_{0};
};

}  // namespace brochure::app
