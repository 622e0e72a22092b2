#!/usr/bin/env bash
# End-to-end throughput of `cartograph build --no-svg --quiet` on generated corpora.
# usage: bench/run-e2e.sh [--with-1gb] [--seed N] [--work DIR] [--threads N] [--runs N] [--jit]
# Publishes the native CLI (scripts/publish-native.sh, the build the README installs; --jit times the plain Release
# build instead) and checks that its outputs are byte-identical to the Release build's on the 10 MB corpus,
# generates 10 MB and 100 MB corpora (and 1 GB with --with-1gb), times
# reading every file with cat, then times the build with /usr/bin/time -v (wall time, peak RSS),
# and prints a markdown table. Corpora are kept in the work folder and reused if already there.
# --runs N builds each corpus N times and reports the fastest run (a shared machine's noise only slows a run down).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench-corpus"
SEED=1
THREADS=0
RUNS=1
JIT=0
SIZES=(10MB 100MB)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --with-1gb) SIZES+=(1GB); shift ;;
    --seed) SEED="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --jit) JIT=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 2; }

echo "building Release..." >&2
dotnet build "$ROOT/src/Cartograph.Cli/Cartograph.Cli.csproj" -c Release --nologo -v q >&2
dotnet build "$ROOT/bench/Cartograph.Benchmarks/Cartograph.Benchmarks.csproj" -c Release --nologo -v q >&2
RELEASE_CLI="$ROOT/src/Cartograph.Cli/bin/Release/net10.0/Cartograph.Cli"
CLI="$RELEASE_CLI"
BINARY="plain Release build (JIT)"
mkdir -p "$WORK"
if [[ $JIT -eq 0 ]]; then
  echo "publishing the native CLI..." >&2
  CLI=$(bash "$ROOT/scripts/publish-native.sh" "$WORK/native")
  BINARY="native (NativeAOT, scripts/publish-native.sh)"
fi
GEN="$ROOT/bench/Cartograph.Benchmarks/bin/Release/net10.0/Cartograph.Benchmarks"

ROWS=()
TIMES=()
for size in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$size-seed$SEED"
  if [[ ! -f "$corpus/.complete" ]]; then
    rm -rf "$corpus"
    echo "generating $size..." >&2
    "$GEN" generate --out "$corpus" --size "$size" --seed "$SEED" >&2
    touch "$corpus/.complete"
  fi
  if [[ $JIT -eq 0 && $size == 10MB ]]; then
    # the native build must write what the Release build writes, byte for byte
    rm -rf "$WORK/check-native" "$WORK/check-release"
    "$CLI" build "$corpus" --out "$WORK/check-native" --no-svg --quiet
    "$RELEASE_CLI" build "$corpus" --out "$WORK/check-release" --no-svg --quiet
    diff -rq -x .cartograph.lock "$WORK/check-native" "$WORK/check-release" >&2 || { echo "the native build's outputs differ from the Release build's" >&2; exit 1; }
    rm -rf "$WORK/check-native" "$WORK/check-release"
    echo "native outputs byte-identical to the Release build's on $size" >&2
  fi
  files=$(find "$corpus" -type f -name '*.txt' | wc -l)
  bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s}')

  # cat baseline: the cost of just reading the bytes (page cache is warm: the corpus was just written or read)
  cat_start=$(date +%s.%N)
  find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null
  cat_end=$(date +%s.%N)
  cat_s=$(echo "$cat_end - $cat_start" | bc -l)

  out="$WORK/out-$size"
  rm -rf "$out"
  log="$WORK/time-$size.log"
  best=""
  for run in $(seq "$RUNS"); do
    echo "building graph of $size ($files files), run $run of $RUNS..." >&2
    rm -rf "$out"
    # --threads 0 is no longer accepted: the default (one per core) is asked for by leaving the option out
    threads_option=()
    [[ "$THREADS" != 0 ]] && threads_option=(--threads "$THREADS")
    /usr/bin/time -v "$CLI" build "$corpus" --out "$out" --no-svg --quiet "${threads_option[@]}" 2> "$log.run" || { cat "$log.run" >&2; exit 1; }
    run_wall=$(grep 'Elapsed (wall clock)' "$log.run" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    echo "  $run_wall s" >&2
    if [[ -z "$best" ]] || (( $(echo "$run_wall < $best" | bc -l) )); then best=$run_wall; mv "$log.run" "$log"; else rm -f "$log.run"; fi
  done
  # the other half of the baseline: writing as many bytes as the build wrote (outputs copied once)
  out_bytes=$(find "$out" -maxdepth 1 -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s}')
  w_start=$(date +%s.%N)
  cat "$out"/graph.* > "$WORK/write-baseline.tmp"; sync "$WORK/write-baseline.tmp"
  w_end=$(date +%s.%N)
  rm -f "$WORK/write-baseline.tmp"
  write_s=$(echo "$w_end - $w_start" | bc -l)
  cpu=$(grep 'Percent of CPU this job got' "$log" | awk '{print $NF}')
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
  # h:mm:ss or m:ss.xx -> seconds
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss_kb=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  mb=$(echo "$bytes / 1048576" | bc -l)
  base=$(echo "$cat_s + $write_s" | bc -l)
  TIMES+=("$secs")
  ROWS+=("$(printf '| %s | %s | %.1f MiB | %.2f | %.2f | %d MiB | %s | %.0f MiB | %.3f | %.2f | %.1fx |' "$size" "$files" "$mb" "$secs" "$(echo "$mb / $secs" | bc -l)" "$((rss_kb / 1024))" "$cpu" "$(echo "$out_bytes / 1048576" | bc -l)" "$cat_s" "$write_s" "$(echo "$secs / $base" | bc -l)")")
done

echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, .NET $(dotnet --version), threads=${THREADS/#0/default (nproc)}; $BINARY; fastest of $RUNS run(s) per corpus"
echo
echo "| corpus | files | bytes | build wall s | MB/s | peak RSS | CPU | outputs | cat s | write outputs s | build / (cat + write) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
if [[ ${#TIMES[@]} -ge 3 ]]; then
  echo
  printf '1 GB took %.1fx the 100 MB time (linear would be 10x).\n' "$(echo "${TIMES[2]} / ${TIMES[1]}" | bc -l)"
fi
