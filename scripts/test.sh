#!/usr/bin/env bash
# The one test command: installs what the tests need (Graphviz, xmllint, networkx, igraph,
# jsonschema, graphology, a C toolchain), then runs every test and ends with one line "N passed, N failed".
# Every test runs on the in-process CLI; then the command-line and fault tests run again against the native
# executable (scripts/publish-native.sh), the build the README installs and the bench measures.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bash scripts/install-test-deps.sh >&2 || { echo "test dependencies could not be installed" >&2; echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test graph.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

native_dir="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$native_dir"' EXIT
echo "Publishing the native CLI and running the command-line tests against it..."
if native=$(bash scripts/publish-native.sh "$native_dir"); then
  CARTOGRAPH_TEST_CLI="$native" dotnet test tests/Cartograph.Tests --nologo --no-build \
    --filter "FullyQualifiedName~Cartograph.Tests.Cli|FullyQualifiedName~Cartograph.Tests.Faults" 2>&1 | tee -a "$log"
  native_status=${PIPESTATUS[0]}
  if [[ $native_status -ne 0 ]]; then status=$native_status; fi
else
  echo "Failed!  - the native CLI could not be published (scripts/publish-native.sh)" | tee -a "$log"
  echo "Failed: 1" >> "$log"
  status=1
fi

# VSTest prints one summary per test project: "Failed!  - Failed: 1, Passed: 10, Skipped: 0, Total: 11"
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
passed=${passed:-0}
failed=${failed:-0}
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi   # a build error counts as a failure
if [[ $passed -eq 0 && $failed -eq 0 ]]; then failed=1; fi   # running no test is a failure too
echo "$passed passed, $failed failed"
[[ $status -eq 0 && $failed -eq 0 ]]
