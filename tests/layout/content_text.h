#pragma once
// A plain-text trace of a content::Document, one line per block (tables one line per row), so
// tests can search it and a failing test shows what bind produced.

#include "content/content.h"

#include <string>

namespace brochure::test {

std::string contentText(const content::Document& document);
std::string contentText(const content::Section& section);
std::string spansText(const std::vector<content::Span>& spans);

}  // namespace brochure::test
