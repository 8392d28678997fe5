// Release builds, after wasm-bindgen: gives the shell module's JavaScript imports short names.
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_setProperty_3fe74e09d53acb0b`), once in the module's import section and once in the
// glue's import object. The hashes do not compress: 167 of them cost every first load about
// 3.4 KB of the module and 2 KB of the glue. The names become `a`, `b`, ..., `aa`, ... in both
// files, and the module name `./xent-lab_bg.js` becomes `w`. The script refuses to write
// anything unless every import is found exactly once in the glue, as a key of its import
// object, and no old name is left behind.
//
//   node scripts/shorten-imports.mjs DIR   (DIR holds xent-lab.js and xent-lab_bg.wasm)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GLUE_MODULE = "./xent-lab_bg.js";
const SHORT_MODULE = "w";
const IMPORT_SECTION = 2;

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/shorten-imports.mjs DIR");
const wasmPath = join(dir, "xent-lab_bg.wasm");
const jsPath = join(dir, "xent-lab.js");
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, "utf8");

/** Reads an unsigned LEB128 at `at`: [value, offset after it]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** `a`..`z`, `A`..`Z`, then `aa`, `ab`, ...: the i-th short name. */
function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let out = "";
  for (let n = i; ; n = Math.floor(n / letters.length) - 1) {
    out = letters[n % letters.length] + out;
    if (n < letters.length) return out;
  }
}

/** The length of an import's description (kind byte and type) starting at `at`. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    default:
      throw new Error(`shorten-imports: unknown import kind ${kind}`);
  }
}

const renames = new Map();
const sections = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [length, start] = readLeb(wasm, at + 1);
  const end = start + length;
  if (id !== IMPORT_SECTION) {
    sections.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readLeb(wasm, start);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    let moduleLength, fieldLength;
    [moduleLength, p] = readLeb(wasm, p);
    const module = wasm.toString("utf8", p, p + moduleLength);
    p += moduleLength;
    [fieldLength, p] = readLeb(wasm, p);
    const field = wasm.toString("utf8", p, p + fieldLength);
    p += fieldLength;
    const descEnd = descriptionEnd(wasm, p);
    const description = wasm.subarray(p, descEnd);
    p = descEnd;
    if (module === GLUE_MODULE) {
      if (renames.has(field)) throw new Error(`shorten-imports: ${field} is imported twice`);
      renames.set(field, shortName(renames.size));
      entries.push(name(SHORT_MODULE), name(renames.get(field)), description);
    } else {
      entries.push(name(module), name(field), description);
    }
  }
  if (p !== end) throw new Error("shorten-imports: the import section did not parse to its end");
  const body = Buffer.concat(entries);
  sections.push(Buffer.from([IMPORT_SECTION]), leb(body.length), body);
  at = end;
}
if (renames.size === 0) throw new Error(`shorten-imports: no imports from ${GLUE_MODULE}`);

// The glue's import object: `        NAME: function(` (or `: (`) once per import, and the module
// key `"./xent-lab_bg.js": import0`.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
for (const [from, to] of renames) {
  const key = new RegExp(`^(\\s+)${escape(from)}:`, "gm");
  const found = js.match(key);
  if (!found || found.length !== 1) {
    throw new Error(`shorten-imports: expected ${from} once as a key in xent-lab.js, found ${found ? found.length : 0}`);
  }
  js = js.replace(key, `$1${to}:`);
}
const moduleKey = new RegExp(`"${escape(GLUE_MODULE)}":`, "g");
const moduleKeys = js.match(moduleKey);
if (!moduleKeys || moduleKeys.length !== 1) throw new Error(`shorten-imports: expected one "${GLUE_MODULE}" key in xent-lab.js`);
js = js.replace(moduleKey, `"${SHORT_MODULE}":`);
for (const from of renames.keys()) {
  if (js.includes(from)) throw new Error(`shorten-imports: xent-lab.js still names ${from}`);
}

writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(jsPath, js);
console.log(`shorten-imports: ${renames.size} imports renamed`);
