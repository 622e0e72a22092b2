#!/usr/bin/env bash
# How fast could `build` be on this machine? Splits a build's CPU into what any extractor must pay and what the
# rules cost, and turns the first part into a bound on throughput.
# usage: bench/floor.sh [CORPUS]   (default: bench-corpus/corpus-100MB-seed1, made by bench/run-e2e.sh)
#  1. `build` the corpus: wall time and CPU (user + sys) of the whole run;
#  2. `merge` the partial graph that build wrote: the same resolving and writing, with no reading or extracting,
#     plus parsing the partial;
#  3. `floor` (bench project): CPU on one thread of reading + decoding, of that plus splitting + tokenizing, of the
#     whole extraction, and of parsing the partial.
# Work no extractor can skip = read + tokenize + (merge - parse). Divided by the cores, it is the shortest a build
# could take if every rule cost nothing and both stages used every core all the time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${1:-$ROOT/bench-corpus/corpus-100MB-seed1}"
[[ -d "$CORPUS" ]] || { echo "no corpus at $CORPUS (bench/run-e2e.sh generates it)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 2; }
dotnet build "$ROOT/src/Cartograph.Cli/Cartograph.Cli.csproj" -c Release --nologo -v q >&2
dotnet build "$ROOT/bench/Cartograph.Benchmarks/Cartograph.Benchmarks.csproj" -c Release --nologo -v q >&2
CLI="$ROOT/src/Cartograph.Cli/bin/Release/net10.0/Cartograph.Cli"
BENCH="$ROOT/bench/Cartograph.Benchmarks/bin/Release/net10.0/Cartograph.Benchmarks"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cpu_of() { awk '/User time/ {u=$NF} /System time/ {s=$NF} END {printf "%.2f", u + s}' "$1"; }
wall_of() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

/usr/bin/time -v "$CLI" build "$CORPUS" --out "$WORK/build" --no-svg --quiet 2> "$WORK/build.log"
/usr/bin/time -v "$CLI" merge "$WORK/build/graph.partial.jsonl" --out "$WORK/merge" --no-svg --quiet 2> "$WORK/merge.log"
"$BENCH" floor "$CORPUS" --partial "$WORK/build/graph.partial.jsonl" | tee "$WORK/floor.txt"

mb=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s / 1048576}')
cores=$(nproc)
read_s=$(awk '/^read \+ decode  / {print $NF}' "$WORK/floor.txt")
tokenize_s=$(awk '/split \+ tokenize/ {print $NF}' "$WORK/floor.txt")
extract_s=$(awk '/decode \+ extract/ {print $NF}' "$WORK/floor.txt")
parse_s=$(awk '/parse the partial/ {print $NF}' "$WORK/floor.txt")
build_cpu=$(cpu_of "$WORK/build.log"); build_wall=$(wall_of "$WORK/build.log")
merge_cpu=$(cpu_of "$WORK/merge.log"); merge_wall=$(wall_of "$WORK/merge.log")
resolve_s=$(echo "$merge_cpu - $parse_s" | bc -l)
fixed_s=$(echo "$tokenize_s + $resolve_s" | bc -l)
bound_s=$(echo "$fixed_s / $cores" | bc -l)

echo
echo "Corpus: $mb MiB; $cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
echo
echo "| part | CPU s |"
echo "|---|---:|"
printf '| build, whole run (%.2f s wall, %.1f MB/s) | %.2f |\n' "$build_wall" "$(echo "$mb / $build_wall" | bc -l)" "$build_cpu"
printf '| read + decode, one thread | %.2f |\n' "$read_s"
printf '| read + decode + split + tokenize, one thread | %.2f |\n' "$tokenize_s"
printf '| read + decode + extract, one thread | %.2f |\n' "$extract_s"
printf '| merge of the build'"'"'s partial (%.2f s wall) | %.2f |\n' "$merge_wall" "$merge_cpu"
printf '| of which parsing the partial, one thread | %.2f |\n' "$parse_s"
printf '| resolve + write (merge - parse) | %.2f |\n' "$resolve_s"
printf '| **work no extractor skips** (tokenize + resolve + write) | **%.2f** |\n' "$fixed_s"
echo
printf 'Shortest build with rules that cost nothing, on %d cores used in full: %.2f s, %.1f MB/s.\n' "$cores" "$bound_s" "$(echo "$mb / $bound_s" | bc -l)"
printf 'For 50 MB/s (%.2f s) on %d cores, the whole build may use at most %.2f CPU s.\n' "$(echo "$mb / 50" | bc -l)" "$cores" "$(echo "$mb / 50 * $cores" | bc -l)"
