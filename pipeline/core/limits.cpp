#include "core/limits.h"

namespace brochure {

namespace {
Limits current;
}

const Limits& limits() { return current; }

void setLimits(const Limits& limits) { current = limits; }

}  // namespace brochure
