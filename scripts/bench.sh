#!/usr/bin/env bash
# The performance benchmark (not part of scripts/test.sh): sets up, builds the release, serves
# it and bench/ locally, and measures it in headless Chromium: transfer size, start-up,
# slider-move cost (also with the CPU throttled 4x) and the ratio to a plain-JavaScript
# baseline (bench/run.mjs: bench/report.json, bench/report.md); then the first load of every
# view, served gzipped: bytes before the first quantity, Lighthouse's mobile LCP, TBT and score
# (bench/first-load.mjs: bench/first-load.json, bench/first-load.md). Prints the tables and
# PASS/FAIL per budget, and exits 1 when a budget fails.
#
#   scripts/bench.sh                  set up, build, measure
#   scripts/bench.sh --no-build       measure the dist/ already built
#   scripts/bench.sh --moves 50 ...   other arguments go to bench/run.mjs (--loads, --moves,
#                                     --dpr, --port, --views a,b, --no-budget-exit)
#
# XENT_BENCH_PORT moves the two local servers (default 8160 and 8161). Where several checkouts
# share one cargo target directory, XENT_BUILD_LOCK names a lock file the build runs under; the
# build then touches src/lib.rs first, because cargo would take another checkout's newer build
# in the shared directory for an up-to-date build of this one.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [ "${1:-}" = "--no-build" ]; then
  build=0
  shift
fi

scripts/setup.sh
source scripts/env.sh
if [ "$build" = 1 ]; then
  if [ -n "${XENT_BUILD_LOCK:-}" ]; then
    flock "$XENT_BUILD_LOCK" sh -c 'touch src/lib.rs && scripts/build.sh'
  else
    scripts/build.sh
  fi
fi
status=0
node bench/run.mjs "$@" || status=$?
first_load=()
for arg in "$@"; do
  if [ "$arg" = "--no-budget-exit" ]; then first_load+=(--no-budget-exit); fi
done
node bench/first-load.mjs "${first_load[@]}" || status=$?
exit "$status"
