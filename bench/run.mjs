// The benchmark driver (scripts/bench.sh runs it after the release build). It serves dist/ and
// bench/ locally, drives Debian's headless Chromium through Playwright and measures:
//   size         gzip and brotli bytes of every file of dist/ (end2end/size.mjs)
//   start-up     navigation start -> first `information` readout with its value, 20 cold loads
//   interaction  200 slider moves per view with a chart: script work from `input` until the
//                readouts and canvases are updated (bench/harness.js), also with the CPU
//                throttled 4x, and against the plain-JavaScript baseline (bench/baseline.html)
// It writes bench/report.json and bench/report.md, prints the table and PASS/FAIL per budget,
// and exits 1 when a budget fails (2 when the benchmark itself could not run).
//
// Usage: node bench/run.mjs [--loads 20] [--moves 200] [--dpr 1] [--port 8160]
//                           [--views information,entropy] [--dist dist] [--no-budget-exit]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, release } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import config from "../end2end/playwright.config.mjs";
import { measure } from "../end2end/size.mjs";
import { serve } from "../end2end/serve.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BENCH = join(ROOT, "bench");
let DIST = join(ROOT, "dist");
const HARNESS = join(BENCH, "harness.js");

// ---- options ----------------------------------------------------------------------------
const options = {
  loads: 20,
  moves: 200,
  dpr: 1,
  port: Number(process.env.XENT_BENCH_PORT ?? 8160),
  views: null,
  budgetExit: true,
};
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  const next = () => {
    const value = process.argv[++i];
    if (value === undefined) fail(`${arg} needs a value`);
    return value;
  };
  if (arg === "--loads") options.loads = Number(next());
  else if (arg === "--moves") options.moves = Number(next());
  else if (arg === "--dpr") options.dpr = Number(next());
  else if (arg === "--port") options.port = Number(next());
  else if (arg === "--views") options.views = next().split(",");
  else if (arg === "--no-budget-exit") options.budgetExit = false;
  else if (arg === "--dist") DIST = resolve(next());
  else fail(`unknown argument ${arg}`);
}
for (const key of ["loads", "moves", "dpr", "port"]) {
  if (!(options[key] > 0)) fail(`--${key} must be a positive number`);
}

const BUDGETS = {
  sizeGzip: 150 * 1024, // bytes, total of dist/
  startup: 300, // ms, median
  interactionP95: 4, // ms, every view
  throttledP95: 16, // ms, every view, CPU throttled 4x
  baselineRatio: 1.5, // ours/baseline at the median: a target, reported, not a failure
};
const THROTTLE = 4;
const WARMUP_MOVES = 20; // unmeasured moves first: the JIT tiers the hot wasm and JS up
const CHECK_MOVES = 5; // moves that verify readouts and canvases change within the window
const VIEWPORT = { width: 1280, height: 900 };
// The views with a chart and the slider the benchmark moves, in the contract's test ids.
const VIEWS = [
  ["information", ["p-0"]],
  ["binary-entropy", ["p-0"]],
  ["entropy", ["p-0"]],
  ["kl", ["p-0", "q-0"]],
  ["cross-entropy", ["q-0", "p-0"]],
  ["mse-vs-ce", ["z-0"]],
  ["single-label", ["q-0-0"]],
  ["multi-label", ["q-0-0"]],
];

function fail(message, code = 2) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

// ---- statistics and formatting ----------------------------------------------------------
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest rank: p95 of 200 moves is the 190th smallest.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const summary = (values) => ({
  p50: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  max: Math.max(...values),
  mean: values.reduce((a, b) => a + b, 0) / values.length,
  n: values.length,
});
const ms = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)]
    .join("\n");
}

// Fails clearly when a port the benchmark serves on is taken (serve() would not say so).
function ensurePortFree(port) {
  return new Promise((resolveFree) => {
    const probe = createServer();
    probe.once("error", () =>
      fail(`port ${port} on 127.0.0.1 is in use: pick others with XENT_BENCH_PORT or --port`),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(resolveFree));
  });
}

// ---- the machine --------------------------------------------------------------------------
function machine(browserVersion) {
  let cpuModel = cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpuModel = line.split(":")[1].trim();
  } catch {
    // Not Linux: os.cpus() named it.
  }
  return {
    cpu: cpuModel,
    cores: cpus().length,
    chromium: browserVersion,
    node: process.version,
    kernel: release(),
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

// ---- pages --------------------------------------------------------------------------------
async function newPage(browser, notes, label) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: options.dpr });
  await context.addInitScript({ path: HARNESS });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  page.on("close", () => {
    for (const error of errors) notes.push(`${label}: ${error}`);
  });
  return { context, page, errors };
}

// Opens `url` and waits until the page is up: the app removed its boot message and shows a
// view (or the page has readouts), every readout present has its value, and (`requireChart`)
// every canvas is drawn. Fails with what the page showed when it does not come up.
async function openReady(page, url, errors, { requireChart }) {
  const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 }).catch((e) => e);
  if (response instanceof Error || !response?.ok()) {
    throw new Error(`${url} did not load: ${response instanceof Error ? response.message : response?.status()}`);
  }
  try {
    await page.waitForFunction(
      () =>
        !document.getElementById("boot-status") &&
        // A quantity, not just the view's frame: in the split release the lesson arrives
        // after the shell.
        document.querySelector("[data-quantity]") !== null &&
        Array.from(document.querySelectorAll("[data-quantity]")).every(
          (el) => el.getAttribute("data-value") !== null,
        ),
      null,
      { timeout: 20_000, polling: "raf" },
    );
  } catch {
    const status = await page.locator("#boot-status").textContent().catch(() => null);
    throw new Error(
      `${url}: the page did not come up within 20 s` +
        (status ? ` (boot status: "${status.trim()}")` : "") +
        (errors.length ? `; ${errors.join("; ")}` : ""),
    );
  }
  // A lesson's lower part (its charts and table) and the practice come in tasks after the
  // readouts (kit/later.rs, practice/deferred.rs): measure the page once they are in.
  await page
    .waitForFunction(
      () => !document.querySelector(".lesson-loading, .later-pending, .practice-pending"),
      null,
      { timeout: 20_000, polling: 100 },
    )
    .catch(() => {
      throw new Error(`${url}: the lesson's lower part or its practice did not arrive within 20 s`);
    });
  // The chart in the middle of the viewport, as a reader dragging the slider would look at it;
  // then one frame and the task after it: the first effects and the layout have run.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.querySelector("canvas")?.scrollIntoView({ block: "center" });
        requestAnimationFrame(() => setTimeout(resolve, 0));
      }),
  );
  if (requireChart) await waitForCharts(page, url);
}

async function waitForCharts(page, url) {
  await page
    .waitForFunction(() => window.__bench.canvasesDrawn(), null, { timeout: 20_000, polling: 100 })
    .catch(() => {
      throw new Error(`${url}: the chart was not drawn within 20 s`);
    });
}

// One cold load for the start-up figure. Playwright's own waiting (waitForFunction, the load
// event) would run its scripts in the page while it starts, so the driver only commits the
// navigation and then awaits the harness' promise with a single evaluate.
async function startupLoad(page, url, errors) {
  // The main thread's CPU time over the load (ThreadTime, seconds), to tell the page's own work
  // from waiting for a core on a busy machine.
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  const threadTime = async () =>
    (await session.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")
      ?.value ?? NaN;
  const cpuBefore = await threadTime();
  const response = await page.goto(url, { waitUntil: "commit", timeout: 30_000 }).catch((e) => e);
  if (response instanceof Error || !response?.ok()) {
    throw new Error(`${url} did not load: ${response instanceof Error ? response.message : response?.status()}`);
  }
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), 20_000);
  });
  const done = await Promise.race([page.evaluate(() => window.__bench.startup), timeout]);
  clearTimeout(timer);
  if (!done) {
    const status = await page.locator("#boot-status").textContent().catch(() => null);
    throw new Error(
      `${url}: no information readout rendered within 20 s` +
        (status ? ` (boot status: "${status.trim()}")` : "") +
        (errors.length ? `; ${errors.join("; ")}` : ""),
    );
  }
  const cpu = (await threadTime()) - cpuBefore;
  await session.detach();
  const load = await page.evaluate((times) => {
    const resource = (suffix) =>
      performance.getEntriesByType("resource").find((r) => r.name.endsWith(suffix));
    const navigation = performance.getEntriesByType("navigation")[0];
    return {
      ...times,
      html: navigation?.responseEnd ?? null,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? null,
      wasm: resource(".wasm")?.responseEnd ?? null,
    };
  }, done);
  return { ...load, cpu: Number.isFinite(cpu) ? cpu * 1000 : null };
}

// Slider positions: four sweeps between 5% and 95% of the range, snapped to the step, each
// move at least one step from the last, so every move changes the value.
async function sliderValues(page, selector, count) {
  const { min, max, step, value } = await page.$eval(selector, (input) => ({
    min: Number(input.min || 0),
    max: Number(input.max || 100),
    step: input.step === "any" ? 0 : Number(input.step || 1),
    value: Number(input.value),
  }));
  const decimals = step > 0 ? Math.max(0, -Math.floor(Math.log10(step)) + 2) : 6;
  const snap = (x) => {
    const snapped = step > 0 ? min + Math.round((x - min) / step) * step : x;
    return Number(Math.min(max, Math.max(min, snapped)).toFixed(decimals));
  };
  const low = min + 0.05 * (max - min);
  const high = max - 0.05 * (max - min);
  const perSweep = Math.max(2, Math.ceil(count / 4));
  const values = [];
  let previous = snap(value);
  for (let i = 0; values.length < count; i++) {
    const k = i % perSweep;
    const up = Math.floor(i / perSweep) % 2 === 0;
    const t = up ? k / (perSweep - 1) : 1 - k / (perSweep - 1);
    let next = snap(low + t * (high - low));
    if (next === previous) next = snap(next + (up ? 1 : -1) * (step || (max - min) / 1000));
    values.push(next);
    previous = next;
  }
  return values;
}

// Runs the moves with performance marks around each and a trace recording them: the marks'
// thread timestamps give the main thread's CPU time per move next to the wall time. Extra
// trace categories give `perMove(events between the marks)` for each move.
async function tracedMoves(browser, page, args, { categories = [], perMove = null } = {}) {
  await browser.startTracing(page, { categories: ["blink.user_timing", ...categories] });
  let result;
  try {
    result = await page.evaluate((a) => window.__bench.runMoves(a), { ...args, mark: true });
  } finally {
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const marks = events
      .filter((e) => e.name === "bench-t0" || e.name === "bench-t1")
      .sort((a, b) => a.ts - b.ts);
    const cpu = [];
    const extra = [];
    for (let i = 0; i + 1 < marks.length; i++) {
      const [start, end] = [marks[i], marks[i + 1]];
      if (start.name !== "bench-t0" || end.name !== "bench-t1") continue;
      if (start.tts !== undefined && end.tts !== undefined) cpu.push((end.tts - start.tts) / 1000);
      if (perMove) {
        extra.push(
          perMove(
            events.filter(
              (e) => e.tid === start.tid && e.pid === start.pid && e.ts >= start.ts && e.ts <= end.ts,
            ),
          ),
        );
      }
      i++;
    }
    if (result) {
      result.cpu = cpu.length === args.values.length ? cpu : null;
      result.extra = extra;
    }
  }
  return result;
}

// Runs `body` with the page's CPU throttled `rate` times. The CDP session stays open meanwhile:
// an emulation setting ends with the session that made it.
async function throttled(page, rate, body) {
  const session = await page.context().newCDPSession(page);
  await session.send("Emulation.setCPUThrottlingRate", { rate });
  try {
    return await body();
  } finally {
    await session.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await session.detach();
  }
}

// The full interaction measurement of one slider on a ready page.
async function measureMoves(browser, page, selector, label, notes) {
  const values = await sliderValues(page, selector, options.moves + WARMUP_MOVES + CHECK_MOVES);
  const check = values.slice(0, CHECK_MOVES);
  const warmup = values.slice(CHECK_MOVES, CHECK_MOVES + WARMUP_MOVES);
  const timed = values.slice(CHECK_MOVES + WARMUP_MOVES);
  const run = (args) => page.evaluate((a) => window.__bench.runMoves(a), args);

  const checked = await run({ selector, values: check, checkCanvas: true });
  const verified = checked.unchangedReadouts.length === 0 && checked.unchangedCanvas.length === 0;
  if (!verified) {
    notes.push(
      `${label}: after ${checked.unchangedReadouts.length} of ${CHECK_MOVES} check moves the ` +
        `readouts, after ${checked.unchangedCanvas.length} the canvases had not changed by the ` +
        "end of the measured window: the numbers miss that work",
    );
  }
  await run({ selector, values: warmup });
  const measured = await tracedMoves(browser, page, { selector, values: timed });
  if (measured.unchangedReadouts.length > 0) {
    notes.push(`${label}: ${measured.unchangedReadouts.length} timed moves changed no readout`);
  }
  const slow = await throttled(page, THROTTLE, () => run({ selector, values: timed }));
  return {
    verified,
    wall: summary(measured.durations),
    cpu: measured.cpu ? summary(measured.cpu) : null,
    throttled: summary(slow.durations),
    framesInWindow: { normal: measured.framesInWindow, throttled: slow.framesInWindow },
    samples: {
      wall: measured.durations.map((x) => Number(x.toFixed(3))),
      cpu: measured.cpu?.map((x) => Number(x.toFixed(3))) ?? null,
      throttled: slow.durations.map((x) => Number(x.toFixed(3))),
    },
  };
}

// Where a move's time goes, from a separate run with the canvas API instrumented (which slows
// it) and blink's trace events: the chart's drawing calls (first to last canvas call: plotters'
// or the baseline's own drawing code plus the canvas API), the time inside canvas calls, the
// canvas raster at the end of the task (CanvasRenderingContext2D::FinalizeFrame) and the rest
// (event dispatch, reactive updates, DOM writes).
async function breakdown(browser, page, selector) {
  const values = await sliderValues(page, selector, options.moves + WARMUP_MOVES);
  await page.evaluate(() => window.__bench.instrumentCanvas());
  await page.evaluate((a) => window.__bench.runMoves(a), { selector, values: values.slice(0, WARMUP_MOVES) });
  const result = await tracedMoves(
    browser,
    page,
    { selector, values: values.slice(WARMUP_MOVES) },
    {
      categories: ["blink"],
      perMove: (events) =>
        events
          .filter((e) => e.name === "CanvasRenderingContext2D::FinalizeFrame" && e.ph === "X")
          .reduce((sum, e) => sum + e.dur / 1000, 0),
    },
  );
  const rows = result.durations.map((total, i) => {
    const { span, native, calls } = result.canvas[i];
    const raster = result.extra[i] ?? 0;
    return { total, drawing: span, canvasCalls: native, raster, rest: total - span - raster, calls };
  });
  const pick = (key) => summary(rows.map((r) => r[key]));
  return {
    total: pick("total"),
    drawing: pick("drawing"),
    canvasCalls: pick("canvasCalls"),
    raster: pick("raster"),
    rest: pick("rest"),
    callsPerMove: rows[rows.length - 1]?.calls ?? 0,
  };
}

// ---- the run ------------------------------------------------------------------------------
async function main() {
  if (!existsSync(join(DIST, "index.html"))) fail("dist/index.html is missing: build first (scripts/build.sh)");
  const notes = [];
  const report = { budgets: [] };

  // Size.
  const size = measure(DIST);
  report.size = { ...size, budgetGzip: BUDGETS.sizeGzip };

  await ensurePortFree(options.port);
  await ensurePortFree(options.port + 1);
  const appServer = await serve(DIST, options.port);
  const benchServer = await serve(BENCH, options.port + 1);
  const app = `http://127.0.0.1:${options.port}/index.html`;
  const baselineUrl = `http://127.0.0.1:${options.port + 1}/baseline.html`;
  const browser = await chromium.launch(config.use.launchOptions);
  try {
    report.machine = machine(browser.version());
    report.settings = {
      viewport: VIEWPORT,
      deviceScaleFactor: options.dpr,
      loads: options.loads,
      moves: options.moves,
      warmupMoves: WARMUP_MOVES,
      cpuThrottlingRate: THROTTLE,
      launchArgs: config.use.launchOptions.args,
      cache:
        "cold: every start-up load runs in a fresh browser context (empty HTTP and compiled-code " +
        "caches); the server sends Cache-Control: no-cache",
    };

    // Start-up: one unmeasured load (the browser process warms up), then the measured ones.
    process.stderr.write("bench: start-up loads ");
    const loads = [];
    for (let i = 0; i <= options.loads; i++) {
      const { context, page, errors } = await newPage(browser, notes, "start-up");
      try {
        loads.push(await startupLoad(page, `${app}?view=information`, errors));
      } finally {
        await context.close();
      }
      process.stderr.write(".");
    }
    loads.shift();
    process.stderr.write("\n");
    const median = (key) => quantile(loads.map((l) => l[key]).filter((x) => x !== null), 0.5);
    report.startup = {
      view: "information",
      loads,
      median: {
        html: median("html"),
        wasm: median("wasm"),
        domContentLoaded: median("domContentLoaded"),
        readout: median("readout"),
        rendered: median("rendered"),
        cpu: median("cpu"),
      },
      budget: BUDGETS.startup,
    };

    // Interaction, view by view.
    report.interaction = [];
    let canvasSize = null;
    const selected = VIEWS.filter(([view]) => !options.views || options.views.includes(view));
    for (const [view, sliders] of selected) {
      process.stderr.write(`bench: ${view}\n`);
      const { context, page, errors } = await newPage(browser, notes, view);
      try {
        await openReady(page, `${app}?view=${view}&lang=en&theme=light`, errors, {
          requireChart: false,
        });
        const found = await page.evaluate((ids) => {
          const section = document.querySelector("section.view") ?? document;
          const id = ids.find((i) =>
            section.querySelector(`input[type="range"][data-testid="${i}"]`),
          );
          const charts = Array.from(section.querySelectorAll("canvas[data-chart]"), (c) =>
            c.getAttribute("data-chart"),
          );
          return { id: id ?? null, charts };
        }, sliders);
        if (!found.id || found.charts.length === 0) {
          const missing = [
            !found.id && `no slider ${sliders.join(" or ")}`,
            found.charts.length === 0 && "no chart",
          ].filter(Boolean);
          report.interaction.push({ view, skipped: `${missing.join(", ")} in this build` });
          continue;
        }
        await waitForCharts(page, `${view} view`);
        if (view === "information") {
          canvasSize = await page.$eval("canvas[data-chart]", (c) => {
            const r = c.getBoundingClientRect();
            return { width: Math.round(r.width), height: Math.round(r.height), pixels: [c.width, c.height] };
          });
        }
        const selector = `section.view input[type="range"][data-testid="${found.id}"]`;
        const result = await measureMoves(browser, page, selector, view, notes);
        const entry = { view, slider: found.id, charts: found.charts, ...result };
        if (view === "information") {
          entry.breakdown = await breakdown(browser, page, selector);
          entry.harnessFloor = summary(
            await page.evaluate((n) => window.__bench.runEmptyMoves(n), 100),
          );
        }
        report.interaction.push(entry);
      } finally {
        await context.close();
      }
    }

    // The baseline, at the app's canvas size.
    if (canvasSize) {
      process.stderr.write("bench: baseline\n");
      const { context, page, errors } = await newPage(browser, notes, "baseline");
      try {
        await openReady(
          page,
          `${baselineUrl}?w=${canvasSize.width}&h=${canvasSize.height}`,
          errors,
          { requireChart: true },
        );
        const selector = 'input[type="range"][data-testid="p-0"]';
        const result = await measureMoves(browser, page, selector, "baseline", notes);
        result.breakdown = await breakdown(browser, page, selector);
        result.canvas = canvasSize;
        report.baseline = result;
      } finally {
        await context.close();
      }
    } else {
      notes.push("baseline: not run, the information view could not be measured");
    }
    report.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  } finally {
    await browser.close();
    appServer.close();
    benchServer.close();
  }

  report.notes = notes;
  judge(report);
  const text = render(report);
  writeFileSync(join(BENCH, "report.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(BENCH, "report.md"), text + "\n");
  console.log(text);
  const failed = report.budgets.filter((b) => b.hard && !b.pass);
  if (failed.length > 0 && options.budgetExit) process.exit(1);
}

// ---- budgets ------------------------------------------------------------------------------
function judge(report) {
  const add = (name, measured, limit, unit, hard = true) =>
    report.budgets.push({ name, measured, limit, unit, pass: measured <= limit, hard });
  add("transfer size, total gzip", report.size.total.gzip, BUDGETS.sizeGzip, "bytes");
  add("start-up, median to the readout rendered", report.startup.median.rendered, BUDGETS.startup, "ms");
  for (const entry of report.interaction) {
    if (entry.skipped) continue;
    add(`interaction ${entry.view}, p95`, entry.wall.p95, BUDGETS.interactionP95, "ms");
    add(`interaction ${entry.view}, p95 at ${THROTTLE}x CPU throttling`, entry.throttled.p95, BUDGETS.throttledP95, "ms");
  }
  const ours = report.interaction.find((e) => e.view === "information" && !e.skipped);
  if (ours && report.baseline) {
    report.ratio = {
      wallP50: ours.wall.p50 / report.baseline.wall.p50,
      cpuP50: ours.cpu && report.baseline.cpu ? ours.cpu.p50 / report.baseline.cpu.p50 : null,
      throttledP50: ours.throttled.p50 / report.baseline.throttled.p50,
    };
    add("ours/baseline at the median (target)", report.ratio.wallP50, BUDGETS.baselineRatio, "x", false);
  }
}

// ---- the readable report ------------------------------------------------------------------
function render(report) {
  const m = report.machine;
  const out = [];
  out.push("# Cross-Entropy Lab benchmark");
  out.push("");
  out.push(
    `${m.date} · ${m.cpu}, ${m.cores} cores · ${m.chromium} (headless) · Node ${m.node} · ` +
      `load average ${m.loadAverageAtStart.join(" ")} at the start, ${m.loadAverageAtEnd?.join(" ")} at the end`,
  );
  if (Math.max(m.loadAverageAtStart[0], m.loadAverageAtEnd?.[0] ?? 0) > m.cores) {
    out.push("");
    out.push(
      `Warning: the machine was busy (1-minute load average above ${m.cores} cores): wall-clock ` +
        "times include waiting for a core; the CPU column is the main thread's own time.",
    );
  }
  out.push("");
  out.push("## Transfer size (dist/)");
  out.push("");
  out.push(
    table(
      ["file", "raw", "gzip", "brotli"],
      [
        ...report.size.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        ["total", kb(report.size.total.raw), kb(report.size.total.gzip), kb(report.size.total.brotli)],
        ...report.size.packs.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        [
          "first-load packs (copies of chunks above, not in the total)",
          kb(report.size.packs.total.raw),
          kb(report.size.packs.total.gzip),
          kb(report.size.packs.total.brotli),
        ],
      ],
    ),
  );
  out.push("");
  const s = report.startup;
  out.push(`## Start-up (?view=${s.view}, median of ${s.loads.length} cold loads, ms since navigation start)`);
  out.push("");
  out.push(
    table(
      ["HTML received", "DOMContentLoaded", "wasm received", "readout in the DOM", "readout rendered", "main-thread CPU"],
      [[ms(s.median.html, 1), ms(s.median.domContentLoaded, 1), ms(s.median.wasm, 1), ms(s.median.readout, 1), ms(s.median.rendered, 1), ms(s.median.cpu, 1)]],
    ),
  );
  out.push("");
  out.push(
    "Readout rendered: the task after the first animation frame that follows the readout's " +
      "value entering the DOM (that frame lays out the page and draws the chart). Main-thread " +
      "CPU: the renderer main thread's CPU time from navigation to that point.",
  );
  out.push("");
  out.push(`## Interaction (${report.settings.moves} slider moves per view, ms per move)`);
  out.push("");
  const rows = [];
  for (const e of report.interaction) {
    if (e.skipped) {
      rows.push([e.view, "–", `skipped: ${e.skipped}`, "", "", "", "", "", "", ""]);
      continue;
    }
    rows.push([
      e.view,
      e.slider,
      ms(e.wall.p50),
      ms(e.wall.p95),
      ms(e.wall.max, 1),
      e.cpu ? ms(e.cpu.p50) : "–",
      e.cpu ? ms(e.cpu.p95) : "–",
      ms(e.throttled.p50),
      ms(e.throttled.p95),
      `${e.framesInWindow.normal}/${e.framesInWindow.throttled}`,
    ]);
  }
  if (report.baseline) {
    const b = report.baseline;
    rows.push([
      "baseline (plain JS)",
      "p-0",
      ms(b.wall.p50),
      ms(b.wall.p95),
      ms(b.wall.max, 1),
      b.cpu ? ms(b.cpu.p50) : "–",
      b.cpu ? ms(b.cpu.p95) : "–",
      ms(b.throttled.p50),
      ms(b.throttled.p95),
      `${b.framesInWindow.normal}/${b.framesInWindow.throttled}`,
    ]);
  }
  out.push(
    table(
      ["view", "slider", "p50", "p95", "max", "CPU p50", "CPU p95", `${THROTTLE}x p50`, `${THROTTLE}x p95`, "frames"],
      rows,
    ),
  );
  out.push("");
  out.push(
    "p50/p95/max: wall-clock from the `input` event to the next task (or to the next frame's " +
      "start when the browser renders first). CPU: the main thread's own time over the same " +
      `interval (from a trace). ${THROTTLE}x: wall-clock with the CPU throttled ${THROTTLE}x. ` +
      "frames: moves (normal/throttled) whose interval a frame cut short.",
  );
  const info = report.interaction.find((e) => e.view === "information" && !e.skipped);
  if (info?.harnessFloor) {
    out.push("");
    out.push(
      `The harness alone (dispatch to an input nobody listens to, then the next task) takes ` +
        `${ms(info.harnessFloor.p50)} ms at the median; it is included in every number above.`,
    );
  }
  if (report.ratio) {
    out.push("");
    out.push(
      `Ours/baseline at the median: ${report.ratio.wallP50.toFixed(2)}x wall-clock` +
        (report.ratio.cpuP50 ? `, ${report.ratio.cpuP50.toFixed(2)}x main-thread CPU` : "") +
        `, ${report.ratio.throttledP50.toFixed(2)}x at ${THROTTLE}x throttling (target <= ${BUDGETS.baselineRatio}).`,
    );
  }
  if (info?.breakdown && report.baseline?.breakdown) {
    out.push("");
    out.push("## Where a move's time goes (medians, ms; a separate run with the canvas API instrumented, so slower)");
    out.push("");
    const line = (name, b) => [
      name,
      ms(b.total.p50),
      ms(b.drawing.p50),
      ms(b.canvasCalls.p50),
      ms(b.raster.p50),
      ms(b.rest.p50),
      b.callsPerMove,
    ];
    out.push(
      table(
        ["page", "move", "chart drawing code", "of it in canvas calls", "canvas raster (end of task)", "the rest", "canvas calls"],
        [line("ours (information)", info.breakdown), line("baseline", report.baseline.breakdown)],
      ),
    );
    out.push("");
    out.push(
      "Chart drawing code: from the first to the last canvas call of a move (plotters and the " +
        "chart code, or the baseline's drawing function). The rest: event dispatch, reactive " +
        "updates and DOM writes (ours: Leptos), and the harness.",
    );
    out.push("");
  }
  out.push("## Budgets");
  out.push("");
  out.push(
    table(
      ["", "budget", "measured", "limit"],
      report.budgets.map((b) => [
        b.hard ? (b.pass ? "PASS" : "FAIL") : b.pass ? "MET" : "MISSED",
        b.name + (b.hard ? "" : " (reported, not a failure)"),
        b.unit === "bytes" ? kb(b.measured) : `${ms(b.measured)} ${b.unit}`,
        b.unit === "bytes" ? kb(b.limit) : `${b.limit} ${b.unit}`,
      ]),
    ),
  );
  if (report.notes.length) {
    out.push("");
    out.push("## Notes");
    out.push("");
    for (const note of report.notes) out.push(`- ${note}`);
  }
  return out.join("\n");
}

main().catch((error) => fail(error.stack ?? String(error)));
