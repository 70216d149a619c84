#pragma once
// The text-trace painter: a frame::Document as plain text, one line per item, for golden tests
// and for reading a layout without a PDF. Positions are rounded to 0.1 pt and formatted
// independently of the locale; items keep the order the typesetter placed them in.

#include <string>

#include "frame/frame.h"

namespace brochure::frame {

std::string traceText(const Document& document);

// "12.3": one decimal, '.' whatever the locale, never "-0.0".
std::string formatPoints(double value);

}  // namespace brochure::frame
