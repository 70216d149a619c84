#include "core/source_date.h"

#include <charconv>

namespace brochure {

std::optional<std::int64_t> parseSourceDateEpoch(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    if (value < 0 || value > kLatestSourceDate) return std::nullopt;
    return value;
}

}  // namespace brochure
