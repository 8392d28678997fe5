// The course shell: table of contents, previous/next, settings, errors in links, sub-paths.
import { test, expect, open, params, FIXTURE_ORIGIN, VIEWS } from "./fixtures.mjs";

test("the start page lists the eight views and shows the first", async ({ page }) => {
  await open(page);
  await expect(page.locator("nav.toc li")).toHaveCount(8);
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "information");
  await expect(page.locator("html")).toHaveAttribute("lang", /^(en|zh-Hans)$/);
  await expect(page.getByTestId("nav-prev")).toBeDisabled();
});

test("next and previous walk the course in order and the URL follows", async ({ page }) => {
  await open(page, "view=information&lang=en");
  for (const view of VIEWS.slice(1)) {
    await page.getByTestId("nav-next").click();
    await expect(page.locator("section.view")).toHaveAttribute("data-view", view);
    expect(params(page).get("view")).toBe(view);
    expect(params(page).get("lang")).toBe("en");
  }
  await expect(page.getByTestId("nav-next")).toBeDisabled();
  await expect(page.locator(".course-summary")).toBeVisible();
  await page.getByTestId("nav-prev").click();
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "single-label");
  await page.goBack();
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "multi-label");
});

test("the table of contents opens any view", async ({ page }) => {
  await open(page, "lang=en");
  await page.locator("nav.toc a").nth(3).click();
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "kl");
  await expect(page.locator("nav.toc li.current a")).toHaveAttribute("aria-current", "page");
});

test("language and theme switch live and land in the URL", async ({ page }) => {
  await open(page, "view=information&lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("lang").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("#view-title")).toHaveText("信息量");
  await expect.poll(() => params(page).get("lang")).toBe("zh");
  await page.getByTestId("theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(() => params(page).get("theme")).toBe("dark");
  await page.getByTestId("unit").selectOption("bits");
  await expect.poll(() => params(page).get("unit")).toBe("bits");
});

test("an unknown view falls back to the start with a message", async ({ page }) => {
  await open(page, "view=nope&lang=en");
  await expect(page.getByTestId("input-error")).toContainText("view");
  await expect(page.getByTestId("input-error")).toContainText("nope");
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "information");
});

test("the release works from a sub-path on another server", async ({ page }) => {
  test.info().annotations.push({ type: "allow-origin", description: FIXTURE_ORIGIN });
  await page.goto(`${FIXTURE_ORIGIN}/course/lab/index.html?view=kl&lang=en`);
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "kl");
  // The lesson's chunks and, once the readouts show, the practice chunk come from the sub-path.
  await expect(page.locator('[data-quantity="kl_pq"]').first()).toBeVisible();
  await expect(page.getByTestId("practice")).toBeVisible();
  await page.getByTestId("nav-next").click();
  await expect(page).toHaveURL(/\/course\/lab\/index\.html\?view=cross-entropy/);
  await expect(page.locator('[data-quantity="cross_entropy"]').first()).toBeVisible();
});

// Chromium loads the page icon again after every history.replaceState, and parses an SVG icon
// into a document of its own each time (2-3 ms of main thread while a slider drags); an inline
// PNG costs no request and is only decoded.
test("the page icon is a small inline PNG", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await open(page, "view=information&lang=en");
  const icon = await page.locator('link[rel="icon"]').evaluate(async (link) => {
    const image = new Image();
    image.src = link.href;
    await image.decode();
    return { href: link.href, width: image.naturalWidth, height: image.naturalHeight };
  });
  const prefix = "data:image/png;base64,";
  expect(icon.href.startsWith(prefix)).toBe(true);
  expect(icon.width).toBe(32);
  expect(icon.height).toBe(32);
  expect(((icon.href.length - prefix.length) * 3) / 4).toBeLessThan(2048);
  expect(requests.filter((path) => /favicon|\.(png|ico|svg)$/.test(path))).toEqual([]);
});

test("embed=1 shows the view alone with a link back to the lab", async ({ page }) => {
  await open(page, "view=entropy&embed=1&lang=en");
  await expect(page.locator("nav.toc")).toHaveCount(0);
  await expect(page.getByTestId("nav-next")).toHaveCount(0);
  const link = page.getByRole("link", { name: /Open in Cross-Entropy Lab/ });
  await expect(link).toBeVisible();
  await expect(link).not.toHaveAttribute("href", /embed=1/);
});

test("a chart's three layers are drawn at one size: the frame under the data and the point", async ({ page }) => {
  await open(page, "view=information&p=0.25&lang=en&theme=light");
  const layers = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll(".chart-canvas canvas"), (canvas) => {
        const words = new Uint32Array(
          canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data.buffer,
        );
        return { size: `${canvas.width}x${canvas.height}`, colours: new Set(words).size };
      }),
    );
  await expect.poll(async () => (await layers()).every((l) => l.colours > 2)).toBe(true);
  const [frame, data, marks] = await layers();
  expect(frame.size).not.toBe("300x150");
  expect(data.size).toBe(frame.size);
  expect(marks.size).toBe(frame.size);
  // A move repaints the marks and leaves the frame's pixels as they were.
  const before = await page.locator(".chart-canvas canvas").first().evaluate((c) => c.toDataURL());
  await page.getByTestId("p-0").evaluate((element) => {
    element.value = "0.5";
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await expect(page.locator('[data-quantity="information"]')).toHaveAttribute("data-value", /^0\.69/);
  const after = await page.locator(".chart-canvas canvas").first().evaluate((c) => c.toDataURL());
  expect(after).toBe(before);
});

/** A fingerprint of every chart layer's pixels on the page, in document order. */
function layerPixels(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".chart-canvas canvas"), (canvas) => {
      const words = new Uint32Array(
        canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data.buffer,
      );
      let hash = 0;
      let painted = 0;
      for (let i = 0; i < words.length; i++) {
        hash = (Math.imul(hash, 31) + words[i] + i) | 0;
        if (words[i] !== 0) painted++;
      }
      return `${canvas.closest("figure").querySelector("[data-chart]").dataset.chart}: ${painted} px, ${hash}`;
    }),
  );
}

// A repaint erases only where the last paint drew (`Recording::bounds`): whatever a drag drew
// on the way must be gone, pixel for pixel. These views' axes depend on the state alone.
for (const [view, slider, values] of [
  ["information", "p-0", [0.02, 0.3, 0.95, 0.001, 0.6]],
  ["binary-entropy", "p-0", [0.05, 0.5, 0.97, 0.2]],
  ["mse-vs-ce", "z-0", [-6, 4, 0.5, 7.5, -1.5]],
]) {
  test(`a drag on ${view} leaves no trace: every layer matches a fresh page's`, async ({ page, context }) => {
    await open(page, `view=${view}&lang=en&theme=light`);
    await expect(page.locator(`[data-testid="${slider}"]`)).toBeVisible();
    await page.getByTestId(slider).evaluate(async (input, values) => {
      for (const v of values) {
        input.value = String(v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    }, values);
    const last = String(values[values.length - 1]);
    await expect.poll(() => page.url()).toContain(encodeURIComponent(last).replace(/%2C/g, ","));
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    for (const p of [page, fresh]) {
      if (view === "mse-vs-ce") {
        await expect(p.getByTestId("race")).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
      }
      await expect.poll(async () => (await layerPixels(p)).length).toBeGreaterThan(2);
    }
    // Let both pages settle, then compare. Both are read on every try: "done" may be read
    // before the fresh page's replay has shown its first step.
    await expect
      .poll(async () => JSON.stringify(await layerPixels(page)) === JSON.stringify(await layerPixels(fresh)))
      .toBe(true);
  });
}
