// After wasm-split-cli, before the build folder is named: makes __wasm_split.js give the main
// thread back while it starts a lesson's chunks.
//
// Each chunk is one fetch() and one instantiation. A fetch() call alone costs the main thread
// about half a millisecond on this machine kind (0.4 ms measured, 20 calls 166 ms with the CPU
// slowed 4x), and a lesson needs 18 to 47 chunks: started in one go, as wasm-split-cli writes
// it, that is one task of 100-250 ms on a phone, during which a tap or a slider waits. So the
// loader starts one chunk after another and yields whenever it has held the thread for
// SLICE_MS; the downloads themselves were already requested by preload.js.
//
//   node scripts/split-loader.mjs <path of __wasm_split.js>
import { readFileSync, writeFileSync } from "node:fs";

const [file] = process.argv.slice(2);
let loader = readFileSync(file, "utf8");

const yielding = `
// Patched by scripts/split-loader.mjs: the longest the loader keeps the main thread before it
// lets input and painting in.
const SLICE_MS = 5;
let sliceStart = -Infinity;
async function yieldIfBusy() {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await (globalThis.scheduler && scheduler.yield
        ? scheduler.yield()
        : new Promise((resolve) => setTimeout(resolve, 0)));
    sliceStart = performance.now();
}
function makeLoad(fetcher, deps) {
    const loader = async () => {
        const parallelStuff = [];
        for (const dep of deps) {
            await yieldIfBusy();
            parallelStuff.push(dep());
        }
        await yieldIfBusy();
        const instantiate = fetcher();`;

// The start of wasm-split-cli 0.2.4's makeLoad, which starts every dependency at once.
const original = /\nfunction makeLoad\(fetcher, deps\) \{\n\s*const loader = async \(\) => \{\n\s*const parallelStuff = deps\.map\(d => d\(\)\);\n\s*const instantiate = fetcher\(\);/;
if (!original.test(loader)) {
  throw new Error(`${file}: makeLoad is not the one scripts/split-loader.mjs knows (wasm-split-cli 0.2.4)`);
}
loader = loader.replace(original, yielding);

// Every chunk's fetch goes through fetchChunk, which notes the file: preload.js then adds no
// link and the prefetch no request for a file already asked for (a link after the fetch
// would download the file a second time). A file that came in the view's pack (preload.js)
// is taken from there; should the pack fail, the file is fetched on its own.
const fetchCall = /fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\)/g;
if (!fetchCall.test(loader)) throw new Error(`${file}: no chunk fetch found`);
loader = loader.replace(fetchCall, 'fetchChunk("$1")');
loader = loader.replace("\nfunction makeLoad(", `
// The files this loader has asked for, by name (read by preload.js).
const fetched = (globalThis.xentLabFetched = globalThis.xentLabFetched || {});
function fetchChunk(file) {
    fetched[file] = true;
    const url = new URL("./" + file, import.meta.url);
    // preload.js's pack: a promise of the file's bytes, null if the pack could not be had.
    const packed = globalThis.xentLabPacked && globalThis.xentLabPacked[file];
    if (!packed) return fetch(url);
    return packed.then((bytes) =>
        bytes ? new Response(bytes, { headers: { "Content-Type": "application/wasm" } }) : fetch(url));
}
function makeLoad(`);
writeFileSync(file, loader);
