// The in-page half of the benchmark, injected (Playwright's addInitScript) into our app and into
// the baseline page alike, so both are measured by the same code. It installs `window.__bench`:
//   - start-up: the time (performance.now(), i.e. ms since navigation start) at which the first
//     `[data-quantity="information"]` readout has a non-empty data-value and text, seen by a
//     MutationObserver (its callback runs in the microtask after the DOM change, before any
//     paint), and the time it is rendered: the task after the next animation frame, by when the
//     frame that paints it has done style, layout and paint.
//   - interaction: `runMoves` sets a range input's value and dispatches `input` from page script,
//     and measures from just before the dispatch until the next macrotask (a MessageChannel
//     message). Every microtask queued by the event, including Leptos' effect runs, the readout
//     updates and the canvas redraw, has run by then. A move starts right after a frame, and a
//     frame that comes before that macrotask ends the interval at its start, so the number is the
//     work the move causes, never rendering or frame pacing.
(() => {
  "use strict";
  const READOUT = '[data-quantity="information"][data-value]';
  const bench = {
    firstReadout: null, // ms since navigation start: value and text in the DOM
    firstReadoutRendered: null, // ms since navigation start: the frame showing it is done
  };
  window.__bench = bench;

  // ---- start-up ---------------------------------------------------------------------------
  const found = () => {
    const el = document.querySelector(READOUT);
    return el && el.getAttribute("data-value") !== "" && el.textContent.trim() !== "" ? el : null;
  };
  const observer = new MutationObserver(() => {
    if (bench.firstReadout !== null || !found()) return;
    bench.firstReadout = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      macrotask().then(() => {
        bench.firstReadoutRendered = performance.now();
        startupDone({ readout: bench.firstReadout, rendered: bench.firstReadoutRendered });
      }),
    );
  });
  // Resolves when the first readout is rendered; the driver awaits it with one evaluate call
  // (no polling script of its own runs in the page while it starts).
  let startupDone;
  bench.startup = new Promise((resolve) => {
    startupDone = resolve;
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["data-value"],
  });

  // ---- interaction ------------------------------------------------------------------------
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  // The next macrotask: resolves after every microtask queued before it has run.
  const macrotask = () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  const readoutValues = () =>
    Array.from(document.querySelectorAll("[data-quantity][data-value]"), (el) =>
      el.getAttribute("data-value"),
    );

  // Whether every chart canvas has a size and more than one colour (something is drawn on it).
  // The app's marker layers (.chart-overlay) are transparent until there is a marker to show.
  bench.canvasesDrawn = () => {
    const canvases = document.querySelectorAll("canvas:not(.chart-overlay)");
    if (canvases.length === 0) return false;
    return Array.from(canvases).every((canvas) => {
      if (canvas.width === 0 || canvas.height === 0) return false;
      const words = new Uint32Array(
        canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data.buffer,
      );
      return words.some((word) => word !== words[0]);
    });
  };

  // A cheap fingerprint of every canvas' pixels (FNV-1a over a stride of the RGBA words).
  bench.canvasSignature = () =>
    Array.from(document.querySelectorAll("canvas"), (canvas) => {
      const context = canvas.getContext("2d");
      if (!context || canvas.width === 0 || canvas.height === 0) return "empty";
      const words = new Uint32Array(
        context.getImageData(0, 0, canvas.width, canvas.height).data.buffer,
      );
      let hash = 0x811c9dc5;
      for (let i = 0; i < words.length; i += 3) {
        hash = Math.imul(hash ^ words[i], 0x01000193) >>> 0;
      }
      return `${canvas.width}x${canvas.height}:${hash.toString(16)}`;
    }).join(",");

  // Moves `selector` through `values`. For each move: wait for a frame and the task after it
  // (a quiet point), dispatch, and stop the clock at the next macrotask, or at the next
  // animation frame when the browser renders one first (its rAF callbacks run before its style,
  // layout and paint, and after the task that handled the event, so the move's own work,
  // including the canvas flush at the end of that task, is inside and the frame's rendering is
  // not). Returns the durations (ms), how many moves a frame cut short, and the moves after
  // which no readout had changed, or (when `checkCanvas`) no canvas had changed.
  // With `mark`, performance marks bench-t0/bench-t1 bracket each move (outside the measured
  // interval) for a trace to read the main thread's CPU time from. With the canvas instrumented
  // (instrumentCanvas), `canvas` holds per move the span of the canvas calls and the time in them.
  bench.runMoves = async ({ selector, values, checkCanvas = false, mark = false }) => {
    const input = typeof selector === "string" ? document.querySelector(selector) : selector;
    if (!input) throw new Error(`no element ${selector}`);
    const stats = bench.canvasStats;
    const durations = [];
    const canvas = [];
    const unchangedReadouts = [];
    const unchangedCanvas = [];
    let framesInWindow = 0;
    for (let i = 0; i < values.length; i++) {
      await frame();
      await macrotask();
      const before = readoutValues().join("|");
      const canvasBefore = checkCanvas ? bench.canvasSignature() : null;
      if (stats) Object.assign(stats, { native: 0, calls: 0, first: null, last: null });
      let frameAt = null;
      const frameRequest = requestAnimationFrame(() => {
        frameAt = performance.now();
        if (mark) performance.mark("bench-t1");
      });
      if (mark) performance.mark("bench-t0");
      const t0 = performance.now();
      input.value = String(values[i]);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await macrotask();
      let t1 = performance.now();
      if (frameAt !== null) {
        t1 = frameAt;
        framesInWindow += 1;
      } else {
        cancelAnimationFrame(frameRequest);
        if (mark) performance.mark("bench-t1");
      }
      if (mark) performance.clearMarks();
      durations.push(t1 - t0);
      if (stats) {
        canvas.push({
          span: stats.first === null ? 0 : stats.last - stats.first,
          native: stats.native,
          calls: stats.calls,
        });
      }
      if (readoutValues().join("|") === before) unchangedReadouts.push(i);
      if (checkCanvas && bench.canvasSignature() === canvasBefore) unchangedCanvas.push(i);
    }
    return { durations, canvas, framesInWindow, unchangedReadouts, unchangedCanvas };
  };

  // The harness' own floor: the same steps around an input nobody listens to.
  bench.runEmptyMoves = async (count) => {
    const input = document.createElement("input");
    input.type = "range";
    const values = Array.from({ length: count }, (_, i) => i % 100);
    return (await bench.runMoves({ selector: input, values })).durations;
  };

  // Instruments the 2D canvas API for a breakdown run (it adds overhead, so it is never on in
  // the timed runs): per move, the time inside canvas calls and the span from the first canvas
  // call to the last one (the chart redraw, plotters' own work included).
  bench.instrumentCanvas = () => {
    const stats = { native: 0, calls: 0, first: null, last: null };
    bench.canvasStats = stats;
    const proto = CanvasRenderingContext2D.prototype;
    const wrapTimed = (call) =>
      function (...args) {
        const start = performance.now();
        if (stats.first === null) stats.first = start;
        try {
          return call.apply(this, args);
        } finally {
          const end = performance.now();
          stats.native += end - start;
          stats.calls += 1;
          stats.last = end;
        }
      };
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (typeof descriptor.value === "function" && name !== "constructor") {
        proto[name] = wrapTimed(descriptor.value);
      } else if (descriptor.set) {
        Object.defineProperty(proto, name, { ...descriptor, set: wrapTimed(descriptor.set) });
      }
    }
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = wrapTimed(getContext);
    for (const name of ["width", "height"]) {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, name);
      Object.defineProperty(HTMLCanvasElement.prototype, name, {
        ...descriptor,
        set: wrapTimed(descriptor.set),
      });
    }
  };

})();
