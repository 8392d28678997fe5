// The shared test fixture: every page a test opens fails the test on a console error, a page
// error, a Content-Security-Policy violation or a request to another origin.
import { test as base, expect } from "@playwright/test";

/** The origin of the second server (fixture course pages, the sub-path copy of the release). */
export const FIXTURE_ORIGIN = `http://127.0.0.1:${process.env.XENT_FIXTURE_PORT ?? 8091}`;

export const test = base.extend({
  page: async ({ page, baseURL }, use, testInfo) => {
    const problems = [];
    // Read when a request happens, so a test can allow an origin after the page opened.
    const allowed = (origin) =>
      origin === new URL(baseURL).origin ||
      testInfo.annotations.some((a) => a.type === "allow-origin" && a.description === origin);
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (["data:", "blob:"].includes(url.protocol)) return;
      if (!allowed(url.origin)) problems.push(`request to another origin: ${request.url()}`);
    });
    await page.exposeFunction("__reportCspViolation", (text) => problems.push(`CSP violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(problems, "console errors, page errors, CSP violations, foreign requests").toEqual([]);
  },
});

export { expect };

/** The course's views in order, as src/lessons/mod.rs registers them. */
export const VIEWS = [
  "information", "entropy", "binary-entropy", "kl",
  "cross-entropy", "mse-vs-ce", "single-label", "multi-label",
];

/**
 * Opens the app with a query string and waits until the wasm has rendered the view, its
 * lesson included (a lesson's code arrives after the shell's in the split release).
 */
export async function open(page, query = "") {
  await page.goto(`index.html${query ? "?" + query : ""}`);
  await lessonShown(page);
  return page;
}

/**
 * Waits until the view and its lesson (or the message that it could not load) are on screen,
 * and the practice section, with all its questions, that follows the lesson once the page is idle.
 */
export async function lessonShown(page) {
  await expect(page.locator("section.view")).toBeVisible();
  await expect(page.locator('section.view .lesson, [data-testid="load-error"]').first()).toBeVisible();
  await expect(page.getByTestId("practice-pending")).toHaveCount(0);
  // The questions come one per task; the section is busy until the last is in.
  await expect(page.locator('[data-testid="practice"][aria-busy="true"]')).toHaveCount(0);
}

/** The data-value of a quantity as a number (Infinity for "inf"). */
export async function value(page, quantity, extra = "") {
  const locator = page.locator(`[data-quantity="${quantity}"]${extra}`).first();
  const text = await locator.getAttribute("data-value");
  return text === "inf" ? Infinity : Number(text);
}

/** Waits until a quantity's data-value is within tol of want. */
export async function expectValue(page, quantity, want, tol = 1e-9, extra = "") {
  await expect
    .poll(async () => {
      const got = await value(page, quantity, extra);
      return want === Infinity ? got : Math.abs(got - want) <= tol ? want : got;
    }, { message: `${quantity} should be ${want}` })
    .toBe(want);
}

/** Sets a native input's value and dispatches `input` (and `change`), as the contract says. */
export async function setInput(page, testid, newValue) {
  await page.getByTestId(testid).evaluate((element, v) => {
    element.value = String(v);
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }, newValue);
}

/** The current query parameters of the page. */
export function params(page) {
  return new URL(page.url()).searchParams;
}
