#!/usr/bin/env bash
# Installs Graphviz, which `cartograph build` runs to draw graph.svg (the other outputs need nothing but .NET).
# Does nothing when `dot` is already on PATH; apt-get (Debian, Ubuntu), with sudo only when not root.
# Elsewhere: `brew install graphviz` (macOS), `choco install graphviz` (Windows).
set -euo pipefail
if command -v dot >/dev/null; then exit 0; fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends graphviz
