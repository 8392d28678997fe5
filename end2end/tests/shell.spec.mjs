// The course shell: table of contents, previous/next, settings, errors in links, sub-paths.
import { test, expect, open, params, FIXTURE_ORIGIN } from "./fixtures.mjs";

const VIEWS = [
  "information", "entropy", "binary-entropy", "kl",
  "cross-entropy", "mse-vs-ce", "single-label", "multi-label",
];

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
  await page.getByTestId("nav-next").click();
  await expect(page).toHaveURL(/\/course\/lab\/index\.html\?view=cross-entropy/);
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
