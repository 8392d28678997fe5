// The split release (scripts/split.sh): a lesson's code arrives when the lesson is opened, the
// view's files are requested from the start (in one pack, scripts/split-manifest.mjs), and a
// chunk that cannot be fetched gets a message and a retry rather than a blank page.
import { test as base, expect as baseExpect } from "@playwright/test";
import { test, expect, open } from "./fixtures.mjs";

/** The lesson chunk of `view` in this build, e.g. build-…/split_multi_label.wasm. */
const lessonChunk = (view) => new RegExp(`/build-[0-9a-f]{12}/split_${view.replaceAll("-", "_")}\\.wasm$`);
/** The pack of `view`'s first load: its files but those every view needs, in one file. */
const viewPack = (view) => new RegExp(`/build-[0-9a-f]{12}/pack-${view}\\.wasm$`);
/** The files every view needs, in one file. */
const commonPack = /\/build-[0-9a-f]{12}\/pack-common\.wasm$/;
/** The split point of `view`'s lower part (tables, charts, exports). */
const lowerPartChunk = (view) => new RegExp(`/build-[0-9a-f]{12}/split_later_${view.replaceAll("-", "_")}\\.wasm$`);
/** The pack of `view`'s lower part, fetched once its readouts are in the page. */
const lowerPartPack = (view) => new RegExp(`/build-[0-9a-f]{12}/pack-${view}-later\\.wasm$`);

test("a lesson's code is fetched when the lesson is opened", async ({ page }) => {
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await open(page, "view=information");
  await expect(page.locator('[data-quantity="information"]')).toBeVisible();
  // The first view's code comes in its pack; no other lesson's.
  expect(requested.some((path) => viewPack("information").test(path))).toBe(true);
  expect(requested.some((path) => lessonChunk("multi-label").test(path))).toBe(false);
  expect(requested.some((path) => viewPack("multi-label").test(path))).toBe(false);
  // Opening another lesson fetches its code, and its readouts follow.
  await page.locator(".toc a", { hasText: "Multi-label" }).click();
  await expect(page.locator('[data-quantity="batch_loss"]')).toBeVisible();
  expect(requested.some((path) => lessonChunk("multi-label").test(path))).toBe(true);
});

test("the view's files are requested from the page's head: its pack and the shared pack", async ({ page }) => {
  // preload.js, a script in the page's head, asks for the view's pack and for the pack of the
  // files every view shares, so they are on their way before the shell's module has been
  // compiled.
  const requested = [];
  page.on("request", (request) => {
    if (request.frame() === page.mainFrame()) requested.push(new URL(request.url()).pathname);
  });
  await open(page, "view=kl");
  await expect(page.locator('[data-quantity="kl_pq"]')).toBeVisible();
  expect(requested.filter((path) => viewPack("kl").test(path))).toHaveLength(1);
  expect(requested.filter((path) => commonPack.test(path))).toHaveLength(1);
  // The lesson's own chunk came in the pack, not on its own.
  expect(requested.some((path) => lessonChunk("kl").test(path))).toBe(false);
  const { packed, linked } = await page.evaluate(() => ({
    packed: Object.keys(window.xentLabPacked || {}),
    linked: [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) => link.getAttribute("href")),
  }));
  expect(packed).toContain("split_kl.wasm");
  expect(packed.length).toBeGreaterThan(20);
  // Nothing is asked for twice: no file of a pack also as a link of its own.
  expect(linked.some((href) => packed.some((file) => href.endsWith(`/${file}`)))).toBe(false);
});

// preload.js adds the view's links and the loader fetches what the lesson needs; a link added
// after the loader's fetch would download a file a second time. (A file the next lesson's
// prefetch and the practice both ask for is requested twice, but the second comes from the
// HTTP cache: transfer size 0.)
for (const view of ["information", "kl", "cross-entropy", "multi-label"]) {
  test(`the first load of ${view} downloads no file twice`, async ({ page }) => {
    await open(page, `view=${view}`);
    const downloads = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.transferSize > 0)
        .map((entry) => new URL(entry.name).pathname),
    );
    expect(downloads.filter((path) => path.endsWith(".wasm")).length).toBeGreaterThan(10);
    expect(downloads.filter((path, i) => downloads.indexOf(path) !== i)).toEqual([]);
  });
}

/**
 * Opens `query` while the files matching `failing` cannot be fetched. Returns the page's
 * errors, the load-error message (once shown), and `recover`, which lets the files through.
 */
async function openWithFailing(page, failing, query) {
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const isFailing = (url) => failing.test(url.pathname);
  await page.route(isFailing, (route) => route.abort("failed"));
  await page.goto(`index.html?${query}`);
  const message = page.getByTestId("load-error");
  await baseExpect(message).toBeVisible();
  return { pageErrors, message, recover: () => page.unroute(isFailing) };
}

base("a pack that fails to load is made up for by the files one by one", async ({ page }) => {
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.route((url) => viewPack("kl").test(url.pathname), (route) => route.fulfill({ status: 503 }));
  await page.goto("index.html?view=kl&lang=en");
  await baseExpect(page.locator('[data-quantity="kl_pq"]').first()).toBeVisible();
  baseExpect(requested.some((path) => lessonChunk("kl").test(path))).toBe(true);
  await baseExpect(page.getByTestId("load-error")).toHaveCount(0);
  baseExpect(pageErrors).toEqual([]);
});

base("a chunk that fails to load shows a message and a retry that works", async ({ page }) => {
  // The pack and the file on its own: nothing brings the lesson's code.
  const klCode = { test: (path) => lessonChunk("kl").test(path) || viewPack("kl").test(path) };
  const { pageErrors, message, recover } = await openWithFailing(page, klCode, "view=kl&lang=en");
  await baseExpect(message).toContainText("could not be loaded");
  // The shell around it still works: the contents, the settings.
  await baseExpect(page.locator(".toc a").first()).toBeVisible();
  await baseExpect(page.getByTestId("unit")).toBeEnabled();
  await recover();
  await page.getByTestId("load-retry").click();
  await baseExpect(page.locator('[data-quantity="kl_pq"]')).toBeVisible();
  await baseExpect(message).toHaveCount(0);
  baseExpect(pageErrors).toEqual([]);
});

/** The practice panel's chunk: the panel and every lesson's questions. */
const practiceChunk = /\/build-[0-9a-f]{12}\/split_practice\.wasm$/;
/** Whether a readout of the lesson is in the page yet. */
const readoutShown = (page) => page.evaluate(() => document.querySelector("[data-quantity]") !== null);

/**
 * Opens kl with the files matching `held` held until `release()` lets them through, so the page
 * can be looked at without them. `shownAtRequest`: for each request of them, whether a readout
 * was in the page then. `fromHead`: the files the page's head asks for.
 */
async function openKlHolding(page, held) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const shownAtRequest = [];
  await page.route(
    (url) => held.test(url.pathname),
    async (route) => {
      shownAtRequest.push(await readoutShown(page));
      await released;
      await route.continue();
    },
  );
  await page.goto("index.html?view=kl&lang=en");
  await expect(page.locator('[data-quantity="kl_pq"]').first()).toBeVisible();
  await expect.poll(() => shownAtRequest.length).toBe(1);
  const fromHead = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="preload"]')].map((link) => link.getAttribute("href")),
  );
  return { release, shownAtRequest, fromHead };
}

test("the practice questions' code comes after the view's readouts", async ({ page }) => {
  const { release, shownAtRequest, fromHead } = await openKlHolding(page, practiceChunk);
  expect(shownAtRequest).toEqual([true]);
  // Not among the files the page asks for from its head.
  expect(fromHead.some((href) => /split_practice\.wasm$/.test(href))).toBe(false);
  // Its place is kept while it is on the way.
  await expect(page.getByTestId("practice-pending")).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page.getByTestId("practice")).toBeVisible();
  await expect(page.getByTestId("practice-pending")).toHaveCount(0);
});

test("the next lesson's files come while the reader reads, so Next downloads nothing", async ({ page }) => {
  // When the entropy chunk was requested, and whether a readout was in the page then.
  const fetched = [];
  page.on("request", async (request) => {
    if (lessonChunk("entropy").test(new URL(request.url()).pathname)) {
      fetched.push(await readoutShown(page));
    }
  });
  await open(page, "view=information&lang=en");
  await expect.poll(() => fetched.length).toBe(1);
  expect(fetched).toEqual([true]);
  // What entropy fetches from the click until its readouts show (after that it prefetches the
  // lesson after it, which is not what this test is about).
  const clickedAt = await page.evaluate(() => {
    window.shownAt = null;
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-quantity="entropy"]')) {
        window.shownAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return performance.now();
  });
  await page.getByTestId("nav-next").click();
  await expect(page.locator('[data-quantity="entropy"]').first()).toBeVisible();
  const opened = await page.evaluate(
    (clickedAt) =>
      performance
        .getEntriesByType("resource")
        .filter((e) => e.name.endsWith(".wasm") && e.startTime >= clickedAt && e.startTime <= window.shownAt)
        .map((e) => ({ name: e.name.replace(/.*\//, ""), transferSize: e.transferSize })),
    clickedAt,
  );
  // Everything Next needed came from the cache.
  expect(opened.some((entry) => entry.name === "split_entropy.wasm")).toBe(true);
  expect(opened.filter((entry) => entry.transferSize > 0)).toEqual([]);
});

test("an embedded view fetches no other lesson", async ({ page }) => {
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await open(page, "view=information&lang=en&embed=1");
  await expect(page.getByTestId("practice")).toBeVisible();
  const lessons = requested.filter((path) => /\/(split_(?!practice)[a-z_]+|pack-[a-z-]+)\.wasm$/.test(path));
  expect(lessons.map((path) => path.replace(/.*\//, "")).sort()).toEqual([
    "pack-common.wasm",
    "pack-information-later.wasm",
    "pack-information.wasm",
  ]);
});

base("practice code that fails to load shows a message and a retry that works", async ({ page }) => {
  const { pageErrors, message, recover } = await openWithFailing(page, practiceChunk, "view=kl&lang=zh");
  await baseExpect(message).toContainText("练习题没能加载");
  // The lesson above works as before.
  await baseExpect(page.locator('[data-quantity="kl_pq"]').first()).toBeVisible();
  await recover();
  await page.getByTestId("load-retry").click();
  await baseExpect(page.getByTestId("practice")).toBeVisible();
  await baseExpect(message).toHaveCount(0);
  baseExpect(pageErrors).toEqual([]);
});

test("a lesson's lower part comes after its readouts, in one pack", async ({ page }) => {
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const { release, shownAtRequest, fromHead } = await openKlHolding(page, lowerPartPack("kl"));
  // Asked for once the readouts were in the page, not from its head.
  expect(shownAtRequest).toEqual([true]);
  expect(fromHead.some((href) => /later/.test(href))).toBe(false);
  // Its place is kept while it is on the way, and the controls above already work.
  await expect(page.getByTestId("later-pending")).toHaveAttribute("aria-busy", "true");
  await expect(page.locator(".terms-table")).toHaveCount(0);
  release();
  await expect(page.locator(".terms-table")).toBeVisible();
  await expect(page.locator("canvas").first()).toBeVisible();
  await expect(page.getByTestId("later-pending")).toHaveCount(0);
  // Its files came in the pack, not one by one.
  expect(requested.some((path) => lowerPartChunk("kl").test(path))).toBe(false);
});

base("a lower part that fails to load shows a message and a retry that works", async ({ page }) => {
  // The pack and the file on its own: nothing brings the charts' and tables' code.
  const lowerPart = { test: (path) => lowerPartChunk("entropy").test(path) || lowerPartPack("entropy").test(path) };
  const { pageErrors, message, recover } = await openWithFailing(page, lowerPart, "view=entropy&lang=en");
  await baseExpect(message).toContainText("tables and charts of this step could not be loaded");
  // The lesson above works: its slider moves its readout.
  const readout = page.locator('[data-quantity="entropy"]').first();
  await baseExpect(readout).toBeVisible();
  const before = await readout.getAttribute("data-value");
  await page.getByTestId("preset").selectOption({ index: 2 });
  await baseExpect(readout).not.toHaveAttribute("data-value", before);
  await recover();
  await page.getByTestId("load-retry").click();
  await baseExpect(page.getByTestId("entropy-table")).toBeVisible();
  await baseExpect(message).toHaveCount(0);
  baseExpect(pageErrors).toEqual([]);
});
