#include "app/profile.h"

#include <cstdio>
#include <ostream>

namespace brochure::app {

void Profile::print(std::ostream& out, double wallMilliseconds) const {
    static const char* names[] = {"ingest", "query", "bind", "typeset", "render", "write"};
    out << "stage      time (ms)\n";
    for (std::size_t i = 0; i < nanoseconds_.size(); ++i) {
        char line[64];
        std::snprintf(line, sizeof line, "%-9s %10.2f\n", names[i], static_cast<double>(nanoseconds_[i].load()) / 1e6);
        out << line;
    }
    char line[64];
    std::snprintf(line, sizeof line, "%-9s %10.2f\n", "wall", wallMilliseconds);
    out << line;
}

}  // namespace brochure::app
