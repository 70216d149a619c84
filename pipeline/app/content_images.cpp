#include "app/content_images.h"

#include <type_traits>

namespace brochure::app {

namespace {

void collect(const std::vector<content::Block>& blocks, std::vector<std::string>& paths) {
    for (const auto& block : blocks) {
        if (auto image = std::get_if<content::Image>(&block)) paths.push_back(image->path);
        else if (auto columns = std::get_if<content::Columns>(&block))
            for (const auto& column : columns->columns) collect(column, paths);
    }
}

}  // namespace

std::vector<std::string> imagePaths(const content::Document& document) {
    std::vector<std::string> paths;
    for (const auto& section : document.sections) collect(section.blocks, paths);
    return paths;
}

}  // namespace brochure::app
