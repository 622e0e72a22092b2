#!/usr/bin/env bash
# Refreshes the graph library that graph.html inlines: cytoscape.js from npm, at the version pinned below.
# Writes src/Cartograph/Writing/Explorer/cytoscape.min.js and its licence beside it (credited in NOTICE).
# Usage: bash scripts/vendor-explorer-library.sh [VERSION]    (then rebuild, regenerate out/, and commit)
set -euo pipefail
version="${1:-3.35.0}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$repo_root/src/Cartograph/Writing/Explorer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$version" >/dev/null)
tar -xzf "$work/cytoscape-$version.tgz" -C "$work"
cp "$work/package/dist/cytoscape.min.js" "$target/cytoscape.min.js"
cp "$work/package/LICENSE" "$target/cytoscape.LICENSE"
echo "$version" > "$target/cytoscape.VERSION"
if grep -qi '</script' "$target/cytoscape.min.js"; then
  echo "cytoscape.min.js contains '</script': it cannot be inlined as is" >&2
  exit 1
fi
echo "vendored cytoscape $version ($(wc -c < "$target/cytoscape.min.js") bytes) into $target"
