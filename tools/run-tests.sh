#!/usr/bin/env bash
# The whole test suite: a normal build, a Release build and an ASan+UBSan build, each run through CTest.
# Used by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)

echo "== build (RelWithDebInfo) =="
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== the shipped project with --werror, as docs/ci.md runs it (accepted warnings are notes) =="
build/brochure --quiet --werror check
build/brochure --quiet --werror -D paths.out=build/werror-out -D paths.store=build/werror-store.sqlite build

echo "== build (Release: -O3, as a packager builds it) =="
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build-release -j "$jobs"
ctest --test-dir build-release --output-on-failure -j "$jobs"

echo "== build with AddressSanitizer + UndefinedBehaviorSanitizer =="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBROCHURE_SANITIZE=ON
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Valgrind memcheck over the same tests (tools/run-valgrind.sh): opt-in, it takes about 25 minutes
# on 2 cores (docs/reliability.md), three times the rest of this script.
if [ "${BROCHURE_VALGRIND:-0}" = 1 ]; then
  echo "== the tests again under Valgrind memcheck =="
  bash tools/run-valgrind.sh build
fi
