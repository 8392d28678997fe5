// After scripts/split.sh: points the page at this build's folder and writes preload.js, which
// fetches the files of the view in the address from the start, in parallel with the shell,
// rather than after the shell has started and asked for its lesson (a request waterfall).
//
//   node scripts/split-manifest.mjs <staging folder> <build folder name>
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [staging, build] = process.argv.slice(2);
const loader = readFileSync(join(staging, build, "__wasm_split.js"), "utf8");

// wasm-split-cli writes one `const __chunk_N = makeLoad(... "chunk_N.wasm" ...)` per shared
// chunk (its fetch is fetchChunk after scripts/split-loader.mjs) and one
// `export const __wasm_split_load_<lesson> = ...("split_<...>.wasm"...,
// [__chunk_a, ...])` per split point, whose list names the chunks it needs.
const chunks = new Map();
for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetchChunk\("([^"]+)"/g)) {
  chunks.set(m[1], m[2]);
}
const files = {};
// A lesson's lower part (tables, charts, exports: src/lessons/kit/later.rs) is a split point
// of its own, `later_<lesson>`, asked for once the view's readouts are in the page.
const lowerParts = {};
const split = /export const __wasm_split_load_([a-z_]+) = wrapAsyncCb\(makeLoad\((?:\(\) => \{\s*const src = fetchChunk\("([^"]+)")?[\s\S]*?, \[([^\]]*)\]\)\)/g;
// The practice panel's split point is not a view: its chunk comes once the view is on screen.
const NOT_VIEWS = new Set(["practice"]);
const LOWER_PART = /^later_/;
for (const m of loader.matchAll(split)) {
  if (NOT_VIEWS.has(m[1])) continue;
  const lower = LOWER_PART.test(m[1]);
  const view = m[1].replace(LOWER_PART, "").replaceAll("_", "-");
  const needs = m[3].split(",").map((name) => name.trim()).filter(Boolean).map((name) => chunks.get(name));
  if (needs.includes(undefined)) throw new Error(`${m[1]}: a chunk the loader names is missing`);
  (lower ? lowerParts : files)[view] = [...(m[2] ? [m[2]] : []), ...needs];
}
if (Object.keys(files).length === 0) throw new Error("no split points found in __wasm_split.js");
for (const view of Object.keys(files)) {
  if (!lowerParts[view]) throw new Error(`${view}: no split point later_${view.replaceAll("-", "_")} (its lower part)`);
  // What the lower part needs beyond the view's first files.
  lowerParts[view] = lowerParts[view].filter((file) => !files[view].includes(file));
}
for (const view of Object.keys(lowerParts)) {
  if (!files[view]) throw new Error(`later_${view}: a lower part without its lesson`);
}
/** The course's start (ViewId::FIRST in src/lessons/mod.rs). */
const FIRST_VIEW = "information";
if (!files[FIRST_VIEW]) throw new Error(`no split point for ${FIRST_VIEW}`);

// Largest first: the files that take longest to arrive are asked for first.
const sizes = new Map();
const size = (file) => {
  if (!sizes.has(file)) sizes.set(file, statSync(join(staging, build, file)).size);
  return sizes.get(file);
};
for (const list of [...Object.values(files), ...Object.values(lowerParts)]) list.sort((a, b) => size(b) - size(a));

// Packs: files end to end in one file. Gzip then works across them: less per first load than
// the same files compressed one by one (most of a view's 60-100 files are a few hundred
// bytes, each with its own gzip header and code tables), and one request instead of dozens
// (each fetch() costs the main thread about half a millisecond). A first load fetches two:
// the files every view needs (`pack-common.wasm`, cached once for all views) and the view's
// own; its lower part is a third (`pack-<view>-later.wasm`). Every file also stays on its
// own for a lesson opened later, which fetches only what it lacks. Format: u32 count, count
// u32 lengths (little-endian), then the files. Named .wasm so that static hosts compress it
// as they compress the chunks it holds.
const views = Object.keys(files);
const common = files[views[0]].filter((file) => views.every((view) => files[view].includes(file)));
const packed = (view) => files[view].filter((file) => !common.includes(file));
const writePack = (name, list) => {
  const parts = list.map((file) => readFileSync(join(staging, build, file)));
  const header = Buffer.alloc(4 * (parts.length + 1));
  header.writeUInt32LE(parts.length, 0);
  parts.forEach((part, i) => header.writeUInt32LE(part.length, 4 * (i + 1)));
  writeFileSync(join(staging, build, name), Buffer.concat([header, ...parts]));
};
writePack("pack-common.wasm", common);
for (const view of views) {
  writePack(`pack-${view}.wasm`, packed(view));
  // The lower part's files as one more pack, fetched when the view the page opened with asks
  // for its lower part (preload.js's xentLabLater).
  writePack(`pack-${view}-later.wasm`, lowerParts[view]);
}

/** The longest a lower part waits for the lesson's largest paint to be reported. */
const LCP_WAIT_MS = 250;
const preload = `// Written by scripts/split-manifest.mjs: fetches what the view in the address needs while
// the shell loads. A classic async script, so it runs as soon as it arrives.
(function () {
  var build = ${JSON.stringify(build)};
  var files = ${JSON.stringify(files)};
  // Each view's lower part (tables, charts, exports): the files it needs beyond files[view].
  var later = ${JSON.stringify(lowerParts)};
  // The files every view needs: pack-common.wasm, not in the views' packs.
  var common = ${JSON.stringify(common)};
  var view = (new URLSearchParams(location.search).get("view") || "").toLowerCase();
  // Without a known view the page is the course's start, the registry's first lesson.
  if (!files[view]) view = ${JSON.stringify(FIRST_VIEW)};
  var requested = {};
  // The files __wasm_split.js has fetched itself (scripts/split-loader.mjs).
  var fetched = (window.xentLabFetched = window.xentLabFetched || {});
  function preload(file) {
    requested[file] = true;
    if (fetched[file]) return;
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = build + "/" + file;
    document.head.appendChild(link);
  }
  // A pack (scripts/split-manifest.mjs) of the files in \`list\`: the loader takes each file's
  // bytes from xentLabPacked, and fetches a file on its own when the pack could not be had.
  function fetchPack(name, list, when) {
    var packed = (window.xentLabPacked = window.xentLabPacked || {});
    var settle = {};
    list.forEach(function (file) {
      requested[file] = true;
      packed[file] = new Promise(function (resolve) { settle[file] = resolve; });
    });
    var url = build + "/" + name;
    // \`when\`, if given, starts the download (a function of the callback that starts it).
    var download = when ? new Promise(when).then(function () { return fetch(url); }) : fetch(url);
    download
      .then(function (response) {
        if (!response.ok) throw new Error("pack: HTTP " + response.status);
        return response.arrayBuffer();
      })
      .then(function (buffer) {
        var header = new DataView(buffer);
        var at = 4 + 4 * list.length;
        var lengths = list.map(function (_, i) { return header.getUint32(4 + 4 * i, true); });
        var total = lengths.reduce(function (sum, length) { return sum + length; }, at);
        if (header.getUint32(0, true) !== list.length || total !== buffer.byteLength) {
          throw new Error("pack: not this build's");
        }
        list.forEach(function (file, i) {
          settle[file](new Uint8Array(buffer, at, lengths[i]));
          at += lengths[i];
        });
      })
      .catch(function () {
        list.forEach(function (file) { settle[file](null); });
      });
  }
  var inPack = files[view].filter(function (file) { return common.indexOf(file) < 0; });
  // Each request costs the main thread about half a millisecond here (more on a phone). The
  // view's files are asked for in one go: this runs before the shell exists, and a file left
  // for a later slice could be asked for by the shell's loader first, after the shell's module
  // has arrived, which makes it wait a round trip longer on a slow link. Should the loader
  // have started already (this script arrived late), its files come one by one.
  var late = files[view].some(function (file) { return fetched[file]; });
  if (late) {
    files[view].forEach(preload);
  } else {
    fetchPack("pack-common.wasm", common);
    fetchPack("pack-" + view + ".wasm", inPack);
  }
  // The next lesson's files (up to ${Math.max(...views.map((view) => files[view].length + lowerParts[view].length))} of them) come while the page is in use: in
  // slices of at most 5 ms, so that a tap or a paint never waits behind them.
  function inSlices(list, request) {
    var next = 0;
    (function slice() {
      var start = performance.now();
      while (next < list.length) {
        request(list[next++]);
        if (performance.now() - start >= 5) {
          setTimeout(slice, 0);
          return;
        }
      }
    })();
  }
  // A lesson calls this in the task after its readouts are in the page: the lower part of the
  // view the page opened with comes as one pack. For another view (opened later, its files
  // perhaps fetched ahead), or should one of its files be on its way already, the loader
  // fetches them one by one.
  var laterAsked = false;
  window.xentLabLater = function (id) {
    if (id !== view || laterAsked) return;
    laterAsked = true;
    var list = later[view];
    var started = list.some(function (file) { return requested[file] || fetched[file]; });
    if (list.length && !started) fetchPack("pack-" + view + "-later.wasm", list, whenLessonShown);
  };
  // Runs \`start\` once the browser has shown the lesson's largest paint (its intro, where the
  // browser reports Largest Contentful Paint; otherwise at once, or after ${LCP_WAIT_MS} ms should
  // the lesson's paint not be the page's largest). A frame is shown some milliseconds after
  // the page is idle again; a download started in between would compete with it on a slow
  // link, and Lighthouse counts it as something that paint waited for.
  function whenLessonShown(start) {
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf("largest-contentful-paint") < 0) return start();
    var done = false;
    function go() {
      if (done) return;
      done = true;
      observer.disconnect();
      start();
    }
    var observer = new PerformanceObserver(function (list) {
      var inLesson = list.getEntries().some(function (entry) {
        return entry.element && entry.element.closest && entry.element.closest(".lesson");
      });
      if (inLesson) go();
    });
    observer.observe({ type: "largest-contentful-paint", buffered: true });
    setTimeout(go, ${LCP_WAIT_MS});
  }
  // The shell calls this for the next lesson once the view is on screen: its files come into
  // the HTTP cache (a build folder's files never change) without being run, so the page's main
  // thread pays nothing until the reader opens that lesson.
  window.xentLabPrefetch = function (id) {
    inSlices((files[id] || []).concat(later[id] || []), function (file) {
      if (requested[file] || fetched[file]) return;
      requested[file] = true;
      fetch(build + "/" + file)
        .then(function (response) { return response.arrayBuffer(); })
        .catch(function () { requested[file] = false; });
    });
  };
})();
`;
writeFileSync(join(staging, "preload.js"), preload);

/** Replaces every match of `pattern` in `text`, which must match at least once. */
const replaceAll = (text, pattern, to, file) => {
  if (!pattern.test(text)) throw new Error(`${file}: ${pattern} not found`);
  return text.replace(new RegExp(pattern.source, "g"), to);
};
// Trunk minifies index.html, so attribute quotes may be gone.
let html = readFileSync(join(staging, "index.html"), "utf8");
html = replaceAll(html, /(href=["']?)(xent-lab\.js|xent-lab_bg\.wasm)/, `$1${build}/$2`, "index.html");
// `async`: the preloads start as soon as the script arrives, without holding up the first paint.
html = replaceAll(html, /<script[^>]*src=["']?boot\.js/, '<script async src="preload.js"></script>$&', "index.html");
writeFileSync(join(staging, "index.html"), html);

let boot = readFileSync(join(staging, "boot.js"), "utf8");
boot = replaceAll(boot, /"\.\/(xent-lab\.js|xent-lab_bg\.wasm)"/, `"./${build}/$1"`, "boot.js");
writeFileSync(join(staging, "boot.js"), boot);
console.log(`split: ${build}, ${views.length} lessons, ${2 * views.length} packs`);
