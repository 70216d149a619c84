#!/usr/bin/env bash
# The test suite under Valgrind memcheck, the programs the tests start included (build/brochure,
# through --trace-children; the system's PDF readers are skipped: not our code).
#   tools/run-valgrind.sh [BUILD_DIR] [TEST_EXECUTABLE_NAME...]
# Uses an existing normal build (default build/, as tools/run-tests.sh leaves it). Each Catch2
# executable runs once under memcheck (faster than one valgrind start per CTest case). Left out:
# tests tagged [kill] (they SIGKILL the program at moments measured from a full run: under
# memcheck that is 60 runs of a 20,000-row ingest, mostly spent waiting; the code they run is
# covered by the other tests).
# Logs: BUILD_DIR/valgrind/<test>.<pid>.log. Exit status 1 when any process reported an error,
# a definite leak, or a test failed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
[ -x "$build/brochure" ] || { echo "run-valgrind: no $build/brochure; build first (tools/run-tests.sh)" >&2; exit 2; }

logs=$(realpath -m "$build/valgrind")  # absolute: the programs the tests start run in other folders
rm -rf "$logs"
mkdir -p "$logs"
if [ $# -gt 0 ]; then
  tests=("$@")
else
  mapfile -t tests < <(find "$build/tests" -maxdepth 2 -type f -executable -name 'test_*' -printf '%f\n' | sort)
fi

status=0
start=$(date +%s)
for name in "${tests[@]}"; do
  exe=$(find "$build/tests" -maxdepth 2 -type f -executable -name "$name" | head -1)
  t0=$(date +%s)
  set +e
  valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --show-leak-kinds=definite --track-origins=yes --num-callers=30 \
    --suppressions="$PWD/tools/valgrind.supp" --gen-suppressions=all \
    --trace-children=yes --trace-children-skip='*/qpdf,*/pdftotext,*/pdffonts,*/pdfinfo,*/pdftoppm,*/pdfimages,*/script,*/sh,*/bash,*/env' \
    --log-file="$logs/$name.%p.log" \
    "$exe" '~[kill]' '~[.benchmark]' >"$logs/$name.out" 2>&1
  rc=$?
  set -e
  errors=$(grep -h 'ERROR SUMMARY' "$logs/$name".*.log | awk '{s += $4} END {print s + 0}')
  echo "$name: exit $rc, memcheck errors $errors, $(( $(date +%s) - t0 )) s"
  if [ $rc -ne 0 ] || [ "$errors" -ne 0 ]; then status=1; tail -5 "$logs/$name.out"; fi
done
echo "valgrind: $(( $(date +%s) - start )) s in all; logs in $logs"
exit $status
