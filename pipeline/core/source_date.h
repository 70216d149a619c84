#pragma once
// SOURCE_DATE_EPOCH (reproducible-builds.org): the date written into every PDF instead of the
// clock's. A PDF date has a four-digit year, so the value must lie between the epoch and the
// last second of the year 9999.

#include <cstdint>
#include <optional>
#include <string_view>

namespace brochure {

inline constexpr std::int64_t kLatestSourceDate = 253402300799;  // 9999-12-31T23:59:59Z

// The seconds `text` holds when it is a whole number from 0 to kLatestSourceDate, else nothing.
std::optional<std::int64_t> parseSourceDateEpoch(std::string_view text);

}  // namespace brochure
