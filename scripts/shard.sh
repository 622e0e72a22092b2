#!/usr/bin/env bash
# A sharded build, as a batch engine runs it (a Slurm array, a Kubernetes indexed Job, Spark's foreachPartition):
#
#   bash scripts/shard.sh split <corpus folder> <N> <shard folder>
#       lists the corpus's documents (the files a build reads, hidden folders left out, in byte order) and deals
#       them round-robin into N lists, <shard folder>/shard-0 ... shard-<N-1>, one path per line.
#   bash scripts/shard.sh extract <shard list> <partial file>
#       extracts the documents of one list into a partial graph: the task with index $TASK_ID runs it on
#       shard-$TASK_ID. Paths may hold spaces.
#
# Then `cartograph merge <partials>... --out <dir>` once, at the end. A document's id is its folder and file name,
# so the shards' partials merge into exactly the graph one build of the corpus gives.
# CARTOGRAPH names the command to run (default: cartograph, the installed .NET tool).
set -euo pipefail

usage() {
  echo "usage: $0 split <corpus folder> <N> <shard folder> | $0 extract <shard list> <partial file>" >&2
  exit 2
}

cartograph=${CARTOGRAPH:-cartograph}

case "${1:-}" in
  split)
    [[ $# -eq 4 ]] || usage
    corpus=$2 n=$3 dir=$4
    [[ -d $corpus ]] || { echo "$0: corpus folder '$corpus' not found" >&2; exit 2; }
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "$0: the number of shards must be a whole number of at least 1 (got '$n')" >&2; exit 2; }
    mkdir -p "$dir"
    for ((i = 0; i < n; i++)); do : > "$dir/shard-$i"; done
    i=0
    # the extensions a build reads (src/Cartograph/Reading/Formats/DocumentFormats.cs)
    while IFS= read -r -d '' file; do
      printf '%s\n' "$file" >> "$dir/shard-$((i % n))"
      i=$((i + 1))
    done < <(find "$corpus" -name '.*' -prune -o -type f \( -iname '*.txt' -o -iname '*.md' -o -iname '*.srt' -o -iname '*.vtt' \
               -o -iname '*.html' -o -iname '*.htm' -o -iname '*.json' -o -iname '*.pdf' \) -print0 | LC_ALL=C sort -z)
    echo "$i documents in $n shards: $dir/shard-0 ... $dir/shard-$((n - 1))"
    ;;
  extract)
    [[ $# -eq 3 ]] || usage
    list=$2 partial=$3
    [[ -f $list ]] || { echo "$0: shard list '$list' not found" >&2; exit 2; }
    mapfile -t files < "$list"
    if ((${#files[@]} == 0)); then echo "$0: shard list '$list' is empty (more shards than documents?)" >&2; exit 1; fi
    mkdir -p "$(dirname "$partial")"
    # word splitting on purpose: CARTOGRAPH may be "dotnet path/to/Cartograph.Cli.dll"
    # shellcheck disable=SC2086
    $cartograph extract --out "$partial" --quiet -- "${files[@]}"
    ;;
  *)
    usage
    ;;
esac
