#!/usr/bin/env bash
# Spike: assemble a split release from the cargo build. $1 = cargo target dir, $2 = out dir.
set -euo pipefail
target=$1; out=$2; src=/work/wt-split
export PATH=/work/main/node_modules/.bin:$HOME/.cargo/bin:$PATH
rm -rf "$out" "$out.split"; mkdir -p "$out" "$out.split"
wasm-split-cli "$target/wasm32-unknown-unknown/release/xent-lab.wasm" "$out.split" --out-name xent-lab
wasm-bindgen "$out.split/xent-lab.wasm" --out-dir "$out" --target web --keep-lld-exports --no-demangle --no-typescript
for f in "$out.split"/*.wasm; do
  name=$(basename "$f")
  [ "$name" = xent-lab.wasm ] && continue
  wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$f" -o "$out/$name" 2>&1 | head -3 || cp "$f" "$out/$name"
done
wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$out/xent-lab_bg.wasm" -o "$out/xent-lab_bg.wasm"
cp "$out.split/__wasm_split.js" "$out/"
cp "$src/assets/boot.js" "$out/"
cp "$src/style/main.css" "$out/main.css"
sed -e 's|<link data-trunk rel="rust"[^>]*/>||' -e 's|<link data-trunk rel="css" href="style/main.css" />|<link rel="stylesheet" href="main.css" />|' -e 's|<link data-trunk rel="copy-file" href="assets/boot.js" />||' "$src/index.html" > "$out/index.html"
ls "$out" | wc -l
