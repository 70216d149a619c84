// The libFuzzer entry point of one target, chosen at compile time (BROCHURE_FUZZ_TARGET, a
// function of targets.h). A problem the target reports aborts, which libFuzzer records as a crash.

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string problem = brochure::fuzz::BROCHURE_FUZZ_TARGET(
        std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz finding: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
