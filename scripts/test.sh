#!/usr/bin/env bash
# The one test command: installs what the tests need (Graphviz, xmllint, networkx, igraph,
# jsonschema, graphology), then runs every test and ends with one line "N passed, N failed".
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bash scripts/install-test-deps.sh >&2 || { echo "test dependencies could not be installed" >&2; echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test graph.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary per test project: "Failed!  - Failed: 1, Passed: 10, Skipped: 0, Total: 11"
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
passed=${passed:-0}
failed=${failed:-0}
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi   # a build error counts as a failure
if [[ $passed -eq 0 && $failed -eq 0 ]]; then failed=1; fi   # running no test is a failure too
echo "$passed passed, $failed failed"
[[ $status -eq 0 && $failed -eq 0 ]]
