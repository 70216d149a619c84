#include "ingest/dataset.h"

namespace brochure::ingest {

std::vector<std::string> countryListItems(const Cell& cell) {
    std::vector<std::string> items;
    const auto* text = std::get_if<std::string>(&cell.value);
    if (!text || text->empty()) return items;
    for (std::size_t start = 0;;) {
        std::size_t comma = text->find(", ", start);
        items.push_back(text->substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) return items;
        start = comma + 2;
    }
}

}  // namespace brochure::ingest
