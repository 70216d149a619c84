#pragma once
// Starting build/brochure as a child the test can kill at a chosen moment or start with a
// resource limit (runProcess waits for the end, which these tests cannot).

#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace brochure::testing {

// fork + exec of BROCHURE_EXE with `args`, stdout discarded, stderr to `errorFile` (discarded
// when empty); `inChild` runs in the child just before exec (to set a resource limit). Returns
// the child's pid.
pid_t spawnBrochure(const std::vector<std::string>& args, const std::function<void()>& inChild = {},
                    const std::string& errorFile = {});

struct ChildEnd {
    int exitCode = -1;  // -1 when ended by a signal
    int signal = 0;
};
ChildEnd waitChild(pid_t pid);

}  // namespace brochure::testing
