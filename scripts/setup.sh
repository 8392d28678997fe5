#!/usr/bin/env bash
# Installs what Cross-Entropy Lab needs to build and test, skipping whatever is already present,
# so a second run takes seconds. Nothing here is fetched outside crates.io, Debian and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 8 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  # Not --locked: the CLI's own lock file pins a crate that no longer builds on this toolchain.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The splitter of the release (scripts/split.sh), built for this wasm-bindgen's module format.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# grep -c reads to the end: with -q, fc-list could die of SIGPIPE and pipefail would fail the check.
fc-list 2>/dev/null | grep -c "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
# An OpenType math font, as phones and desktops have: sums drawn display-size (formulas.spec.mjs).
fc-list 2>/dev/null | grep -c "DejaVu Math" >/dev/null || missing+=(fonts-dejavu-extra)
command -v npm >/dev/null || missing+=(nodejs npm)
command -v gzip >/dev/null || missing+=(gzip)
# The first-load benchmark serves over HTTP/2 with a certificate it makes with openssl.
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# node_modules holds wasm-opt (npm `binaryen`: Debian's is too old and breaks the module),
# Playwright's test runner (driving Debian's chromium) and axe-core.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing node packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
