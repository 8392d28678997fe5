// How the formulas are typeset: with an OpenType math font (setup.sh installs DejaVu Math TeX
// Gyre; phones and desktops bring their own), fences stretch to the tallest thing in their row.
import { test, expect, open, VIEWS } from "./fixtures.mjs";

/** Height of a formula's first "(" over the height of what follows it (the argument). */
const parenthesisRatio = (page) =>
  page.evaluate(() => {
    const open = Array.from(document.querySelectorAll(".formula math mo")).find((mo) => mo.textContent === "(");
    const argument = open.nextElementSibling;
    return open.getBoundingClientRect().height / argument.getBoundingClientRect().height;
  });

for (const [view, name] of [["entropy", "H(P)"], ["kl", "D(P‖Q)"], ["cross-entropy", "H(P, Q)"]]) {
  test(`${view}: the parentheses of ${name} keep their size beside the sum`, async ({ page }) => {
    await open(page, `view=${view}&lang=en`);
    // A sum or a fraction stands in the same formula; grouped on their own, the parentheses
    // stretch only to their argument.
    await expect(page.locator(".formula math munder, .formula math munderover").first()).toBeVisible();
    expect(await parenthesisRatio(page)).toBeLessThan(1.5);
  });
}

/** How far each formula reaches past its box's content edges, padding excluded (0 or less when it fits). */
const overflows = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll(".formula math"), (math) => {
      const box = math.closest(".formula");
      const style = getComputedStyle(box);
      const inner = box.getBoundingClientRect();
      const left = inner.left + parseFloat(style.paddingLeft);
      const right = inner.right - parseFloat(style.paddingRight);
      const own = math.getBoundingClientRect();
      return Math.round(Math.max(left - own.left, own.right - right));
    }),
  );

test.describe("on a phone 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const view of VIEWS) {
    test(`${view}: every formula fits its box`, async ({ page }) => {
      await open(page, `view=${view}&lang=en`);
      const widths = await overflows(page);
      expect(widths.length).toBeGreaterThan(0);
      expect(widths.every((overflow) => overflow <= 0), `how far each formula reaches past its box, px: ${widths}`).toBe(true);
    });
  }
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test("a formula wider than its box starts at the box's left edge and scrolls", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    const box = page.locator(".formula").first();
    // A node's loss is one bracket: on the narrowest phones it scrolls instead of wrapping.
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    const cut = await box.evaluate((b) => {
      const left = b.getBoundingClientRect().left;
      return Math.max(0, ...Array.from(b.querySelectorAll("math"), (m) => left - m.getBoundingClientRect().left));
    });
    expect(cut, "no part of the formula is cut off on the left").toBeLessThanOrEqual(0.5);
  });
});
