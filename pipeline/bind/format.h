#pragma once
// Turning store values into the text a reader sees: column formats and {placeholders}.

#include "core/value.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brochure::bind {

// format: "text" (as stored), "count"/"integer" (whole number with thousands separators),
// "number" (up to two decimals), "percent" (a number already in percent: 15.6 -> "15.6%"),
// "month" (1-12 -> "January".."December"). NULL, and a count of zero, show `empty`.
std::string formatValue(const Value& value, const std::string& format, const std::string& empty = {});

// The value as a number, when it is one (integers, reals, and text that spells a number).
std::optional<double> numberOf(const Value& value);

// Named values for {placeholders}: the run's parameters (without ':') and the row of the
// enclosing <with>.
using Fields = std::map<std::string, Value>;

// Replaces {name} and {name:format} by the field's formatted value; "{{" is a literal "{".
// Names that are not fields are left as written and added to `unknown`.
std::string expandFields(const std::string& text, const Fields& fields, std::vector<std::string>& unknown);

}  // namespace brochure::bind
