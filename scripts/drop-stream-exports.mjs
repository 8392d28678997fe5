// Removes three JavaScript classes no code of the lab uses, and the wasm exports behind them.
//
// Leptos always depends on server_fn with its "browser" feature, which brings wasm-streams,
// whose `#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingByteSource,
// IntoUnderlyingSink) are exported from the module whether anything uses them or not: an
// export is a root no linker or optimiser may drop. The lab has no server functions and never
// builds a stream. Without the exports, wasm-opt drops their code: 1.2 KB gzipped of wasm
// and 0.9 KB of JavaScript from every first load.
//
// Run by scripts/split.sh after wasm-bindgen and before wasm-opt:
//   node scripts/drop-stream-exports.mjs DIR   (DIR holds xent-lab.js and xent-lab_bg.wasm)
// It fails the build when what it removes is not found exactly, so a new wasm-bindgen or
// wasm-streams cannot silently leave a class without its exports.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/drop-stream-exports.mjs DIR");

// ---- the JavaScript glue -----------------------------------------------------------------
const jsPath = join(dir, "xent-lab.js");
let js = readFileSync(jsPath, "utf8");
function cut(pattern, what) {
  const matches = js.match(new RegExp(pattern.source, "gm"));
  if (!matches || matches.length !== 1) {
    throw new Error(`drop-stream-exports: expected one ${what} in xent-lab.js, found ${matches ? matches.length : 0}`);
  }
  js = js.replace(pattern, "");
}
for (const name of CLASSES) {
  // The class runs from its `export class` line to the closing brace at the line's start,
  // followed by its Symbol.dispose line.
  cut(new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n(?:if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n)?`, "m"), `class ${name}`);
  cut(new RegExp(`^const ${name}Finalization = [^;]*;\\n`, "m"), `${name}Finalization`);
}
cut(/^const __wbindgen_enum_ReadableStreamType = .*\n/m, "ReadableStreamType enum");
if (/IntoUnderlying|intounderlying/.test(js)) {
  throw new Error("drop-stream-exports: xent-lab.js still refers to a stream class");
}
writeFileSync(jsPath, js);

// ---- the wasm module: its export section without the classes' functions ------------------
const wasmPath = join(dir, "xent-lab_bg.wasm");
const wasm = readFileSync(wasmPath);
function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const EXPORT_SECTION = 7;
const parts = [wasm.subarray(0, 8)];
let dropped = 0;
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, body] = readLeb(wasm, at + 1);
  const end = body + size;
  if (id !== EXPORT_SECTION) {
    parts.push(wasm.subarray(at, end));
  } else {
    let [count, p] = readLeb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const start = p;
      const [nameLength, nameAt] = readLeb(wasm, p);
      const name = wasm.subarray(nameAt, nameAt + nameLength).toString("utf8");
      p = readLeb(wasm, nameAt + nameLength + 1)[1]; // kind byte, then index
      if (/^(__wbg_)?intounderlying/.test(name)) dropped++;
      else kept.push(wasm.subarray(start, p));
    }
    const section = Buffer.concat([leb(kept.length), ...kept]);
    parts.push(Buffer.from([EXPORT_SECTION]), leb(section.length), section);
  }
  at = end;
}
if (dropped === 0) throw new Error("drop-stream-exports: no stream export found in xent-lab_bg.wasm");
writeFileSync(wasmPath, Buffer.concat(parts));
