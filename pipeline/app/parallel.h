#pragma once
// Runs count independent tasks on up to `jobs` threads. Each task writes only its own slot of
// the caller's result vector, so the outcome never depends on the number of threads.

#include <cstddef>
#include <functional>

namespace brochure::app {

void runParallel(std::size_t count, int jobs, const std::function<void(std::size_t)>& task);

// The default for --jobs: the number of cores.
int defaultJobs();

}  // namespace brochure::app
