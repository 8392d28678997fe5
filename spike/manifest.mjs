// Spike: the files each view's lesson needs, read from wasm-split's loader script.
import { readFileSync, writeFileSync } from "node:fs";
const dir = process.argv[2];
const js = readFileSync(`${dir}/__wasm_split.js`, "utf8");
const chunks = {};
for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) chunks[m[1]] = m[2];
const manifest = {};
for (const m of js.matchAll(/export const __wasm_split_load_([a-z_]+?)_\d+ = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g)) {
  const view = m[1].replaceAll("_", "-");
  const deps = m[3].split(",").map((s) => s.trim()).filter(Boolean).map((v) => chunks[v]);
  manifest[view] = [m[2], ...deps];
}
const script = `// Fetches what the view in the address needs while the main module loads.
(() => {
  const files = ${JSON.stringify(manifest)};
  const view = new URLSearchParams(location.search).get("view") || "information";
  for (const file of files[view] || files.information) {
    const link = document.createElement("link");
    link.rel = "preload"; link.as = "fetch"; link.crossOrigin = "anonymous";
    link.href = file;
    document.head.append(link);
  }
})();
`;
writeFileSync(`${dir}/preload.js`, script);
console.log(Object.fromEntries(Object.entries(manifest).map(([k, v]) => [k, v.length])));
