#!/usr/bin/env bash
# Builds the release folder dist/ (wasm-opt -Oz applied). Extra arguments go to trunk, e.g.
# `scripts/build.sh --public-url /cross-entropy-lab/` for a fixed sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --public-url ./ "$@"
