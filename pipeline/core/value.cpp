#include "core/value.h"

#include <cstdio>

namespace brochure {

std::string toText(const Value& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", *d);
        return buf;
    }
    if (auto s = std::get_if<std::string>(&v)) return *s;
    return {};
}

int ResultSet::columnIndex(const std::string& name) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name) return static_cast<int>(i);
    return -1;
}

}  // namespace brochure
