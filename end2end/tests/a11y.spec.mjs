// Accessibility: axe-core on every view in both languages and both themes, plus a walk through
// the course with the keyboard only.
//
// axe is injected as a script tag, which the page's Content-Security-Policy forbids. These tests
// therefore run in a context that bypasses the CSP; the other specs keep it and fail on any
// violation, so the policy itself stays tested.
import { createRequire } from "node:module";
import { test, expect, open, lessonShown, VIEWS } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");

test.use({ bypassCSP: true });

/** Runs axe on the whole document and returns its violations in a readable form. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    // A run that checked nothing would pass vacuously.
    if (result.passes.length < 10) throw new Error(`axe checked only ${result.passes.length} rules`);
    return result.violations;
  });
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
  }));
}

/** Waits until every chart of the view has been drawn at least once. */
async function chartsDrawn(page) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll("canvas")].every((c) => c.width > 0 && c.height > 0),
      ),
    )
    .toBe(true);
}

for (const lang of ["en", "zh"]) {
  for (const theme of ["light", "dark"]) {
    test.describe(`axe, ${lang}, ${theme}`, () => {
      for (const view of VIEWS) {
        test(`${view} has no violations`, async ({ page }) => {
          await open(page, `view=${view}&lang=${lang}&theme=${theme}`);
          await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
          await expect(page.locator("html")).toHaveAttribute("lang", lang === "en" ? "en" : "zh-Hans");
          await chartsDrawn(page);
          expect(await axeViolations(page)).toEqual([]);
        });
      }

      test("the embedded form has no violations", async ({ page }) => {
        await open(page, `view=kl&embed=1&lang=${lang}&theme=${theme}`);
        await chartsDrawn(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
}

test("an error message and infinite values pass axe too", async ({ page }) => {
  await open(page, "view=kl&p=0.5,0.5,0&q=1,0,0&unit=furlongs&lang=en&theme=dark");
  await expect(page.getByTestId("input-error")).toBeVisible();
  await chartsDrawn(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("the axe check fails on a real violation", async ({ page }) => {
  await open(page, "view=information&lang=en&theme=light");
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "range";
    document.querySelector("section.view").append(input);
  });
  const rules = (await axeViolations(page)).map((v) => v.rule);
  expect(rules).toContain("label");
});

test("the whole course can be walked with the keyboard alone", async ({ page }) => {
  await open(page, "view=information&lang=en&theme=light");
  for (const view of VIEWS.slice(1)) {
    await page.getByTestId("nav-next").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("section.view")).toHaveAttribute("data-view", view);
  }
  // The last lesson's code arrives after its frame: count its controls once it is there.
  await lessonShown(page);
  // Tab reaches every control of the last view, and each shows a visible focus ring.
  const controls = await page.locator("section.view input, section.view select, section.view button").count();
  const reached = new Set();
  await page.locator("body").focus();
  for (let i = 0; i < controls + 40; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const inView = !!el.closest("section.view");
      const id = el.dataset.testid ?? el.id ?? el.outerHTML.slice(0, 60);
      return { ring, inView, key: `${el.tagName}:${id}:${[...document.querySelectorAll("*")].indexOf(el)}` };
    });
    if (!info) continue;
    expect(info.ring, `focus ring on ${info.key}`).toBe(true);
    if (info.inView) reached.add(info.key);
  }
  // A group of radio buttons is one stop of the Tab key (the arrow keys move within it).
  const enabled = await page.evaluate(() => {
    const controls = [...document.querySelectorAll(
      "section.view input:not([disabled]):not([type=hidden]), section.view select:not([disabled]), section.view button:not([disabled])",
    )];
    const radioGroups = new Set(controls.filter((c) => c.type === "radio").map((c) => c.name));
    return controls.filter((c) => c.type !== "radio").length + radioGroups.size;
  });
  expect(reached.size).toBeGreaterThanOrEqual(enabled);
});
