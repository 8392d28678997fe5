#!/usr/bin/env bash
# One command for a learner: set up, build the release and serve it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
source scripts/env.sh
echo "Cross-Entropy Lab is served on http://127.0.0.1:8080 (Ctrl-C stops it)"
exec node end2end/serve.mjs dist 8080
