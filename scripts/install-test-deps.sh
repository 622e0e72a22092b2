#!/usr/bin/env bash
# Installs what the consumer tests (tests/Cartograph.Tests/Writing) run: Graphviz, xmllint,
# networkx/igraph/jsonschema for the Debian /usr/bin/python3, Debian's chromium (the explorer's browser
# tests), and the npm packages in tests/consumers (graphology, puppeteer-core: it drives the installed
# chromium and downloads no browser of its own).
# Idempotent: apt-get runs only when a package is missing; sudo only when not already root.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(graphviz libxml2-utils python3-networkx python3-igraph python3-jsonschema chromium fonts-dejavu-core)
# NativeAOT links with clang when it is there, else with gcc
if ! command -v clang >/dev/null; then packages+=(gcc binutils); fi
# Node may come from elsewhere (nodesource, nvm); ask apt for it only when the commands are missing,
# since Debian's npm conflicts with nodesource's nodejs.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "Debian packages already installed."
fi

(cd "$repo_root/tests/consumers" && npm ci --no-audit --no-fund)
echo "Test dependencies ready."
