#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): cuts the app into the shell and a chunk set per lesson,
# so a view fetches only what it needs (issue 20). Works in $TRUNK_STAGING_DIR, takes the build
# from ${CARGO_TARGET_DIR:-target} and its tools from PATH (scripts/setup.sh installs them):
#   wasm-split-cli  the module cut at each lesson's split point (src/lessons/mod.rs), with
#                   __wasm_split.js, which fetches a lesson's chunks when it is first shown;
#   wasm-bindgen    the shell's JavaScript glue, keeping the exports the chunks link against
#                   (scripts/drop-stream-exports.mjs then removes three classes nothing uses);
#   wasm-opt        every module, in release builds;
#   terser          the JavaScript, in release builds (npm, pinned in package.json).
# Everything lands in one folder per build, named by its content (build-<hash>/), so a deploy
# never mixes files of two builds; scripts/split-manifest.mjs points index.html and boot.js at
# it and writes preload.js, which fetches the view's chunks while the shell loads.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?scripts/split.sh runs as Trunk\'s post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}
profile=${TRUNK_PROFILE:-release}
target=${CARGO_TARGET_DIR:-$source_dir/target}
case "$target" in /*) ;; *) target="$source_dir/$target" ;; esac
input="$target/wasm32-unknown-unknown/$profile/xent-lab.wasm"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work/split" --out-name xent-lab >/dev/null
mkdir "$work/out"
wasm-bindgen "$work/split/xent-lab.wasm" --out-dir "$work/out" --out-name xent-lab \
  --target web --keep-lld-exports --no-demangle --no-typescript
for chunk in "$work/split"/*.wasm; do
  [ "$(basename "$chunk")" = xent-lab.wasm ] || cp "$chunk" "$work/out/"
done
cp "$work/split/__wasm_split.js" "$work/out/"
node "$source_dir/scripts/split-loader.mjs" "$work/out/__wasm_split.js"
node "$source_dir/scripts/drop-stream-exports.mjs" "$work/out"
if [ "$profile" = release ]; then
  node "$source_dir/scripts/shorten-imports.mjs" "$work/out"
  # The features the rest of the toolchain emits; --low-memory-unused as index.html explains.
  # Each module's target_features section (about 140 bytes, no browser reads it) would be
  # compressed on its own in each of a view's 18 to 47 files: 1 to 5 KB per first load.
  optimise() {
    wasm-opt -Oz --low-memory-unused --strip-debug --strip-producers --strip-target-features \
      --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$1" -o "$1" 2> >(grep -v "unknown name subsection" >&2)
  }
  export -f optimise
  # One module per core: most chunks are small, and each wasm-opt start costs about a second.
  printf '%s\n' "$work/out"/*.wasm | xargs -P "$(nproc)" -I{} bash -c 'optimise "$1"' _ {}
fi

build="build-$(cat "$work/out"/* | sha256sum | cut -c1-12)"
rm -rf "$staging"/build-* "$staging/xent-lab.js" "$staging/xent-lab_bg.wasm"
mv "$work/out" "$staging/$build"
node "$source_dir/scripts/split-manifest.mjs" "$staging" "$build"
if [ "$profile" = release ]; then
  # wasm-bindgen's glue and the loaders are written to be read: minified, the four scripts a
  # first load runs are 3.9 KB smaller gzipped. After split-manifest.mjs, which reads the
  # loader's source. preload.js is a classic script; the others are modules.
  minify() { terser "$1" --compress --mangle ${2:-} -o "$1"; }
  minify "$staging/preload.js"
  for module in "$staging/boot.js" "$staging/$build/xent-lab.js" "$staging/$build/__wasm_split.js"; do
    minify "$module" --module
  done
fi
