// "Check yourself": the practice section of every view (contract: Practice (v3)), in English
// and Chinese with bits: wrong and right numbers, "show me in the lab", choices, unreadable
// text, progress across reloads, shared seeds, blocked storage, embedding and practice=0.
import { createRequire } from "node:module";
import { test, expect, open, params, VIEWS } from "./fixtures.mjs";

const SEED = 4242;

/** The question elements of the page, with what the tests need to know of each. */
async function questions(page) {
  const practice = page.getByTestId("practice");
  await expect(practice).toBeVisible();
  return practice.locator('[data-testid^="question-"]').evaluateAll((items) =>
    items.map((item) => ({
      k: Number(item.dataset.testid.slice("question-".length)),
      kind: item.dataset.kind,
      format: item.dataset.format,
      quantity: item.dataset.answerQuantity ?? null,
      index: item.dataset.answerIndex ?? null,
      node: item.dataset.answerNode ?? null,
      prompt: item.querySelector(".prompt").textContent,
    })),
  );
}

/** The lab's readout of the quantity a number question names, as text (`data-value`). */
async function labValue(page, q) {
  let selector = `[data-quantity="${q.quantity}"]`;
  if (q.index !== null) selector += `[data-index="${q.index}"]`;
  if (q.node !== null) selector += `[data-node="${q.node}"]`;
  const readout = page.locator(`.lesson ${selector}`).first();
  await expect(readout).toHaveCount(1);
  return readout.getAttribute("data-value");
}

async function answer(page, k, text) {
  await page.getByTestId(`answer-${k}`).fill(text);
  await page.getByTestId(`check-${k}`).click();
}

const verdict = (page, k) => page.getByTestId(`question-${k}`);

for (const view of VIEWS) {
  for (const lang of ["en", "zh"]) {
    test(`${view} (${lang}, bits): numbers, show me in the lab, choices`, async ({ page }) => {
      await open(page, `view=${view}&lang=${lang}&unit=bits&practice_seed=${SEED}`);
      const all = await questions(page);
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(new Set(all.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
      const numbers = all.filter((q) => q.format === "number");
      const choices = all.filter((q) => q.format === "choice");
      expect(numbers.length).toBeGreaterThanOrEqual(1);
      expect(all.every((q) => ["number", "choice"].includes(q.format))).toBe(true);
      // Nothing in the practice section is a quantity of the lab.
      await expect(page.getByTestId("practice").locator("[data-quantity]")).toHaveCount(0);
      // The lesson must not be remounted by "show me in the lab".
      await page.locator(".lesson").evaluate((lesson) => { lesson.dataset.mounted = "once"; });

      for (const [n, q] of numbers.entries()) {
        await answer(page, q.k, "98765");
        await expect(verdict(page, q.k)).toHaveAttribute("data-verdict", "wrong");
        await expect(page.getByTestId(`solution-${q.k}`)).toBeVisible();
        await expect(page.getByTestId(`solution-${q.k}`).locator("math").first()).toBeAttached();

        const before = page.url();
        await page.getByTestId(`show-${q.k}`).click();
        await expect(verdict(page, q.k)).toHaveAttribute("data-kind", q.kind);
        await expect(page.getByTestId(`question-${q.k}`).locator(".prompt")).toHaveText(q.prompt);
        await expect(page.locator('.lesson[data-mounted="once"]')).toHaveCount(1);
        if (n === 0) {
          // The address follows the lab, and keeps the seed.
          await expect.poll(() => page.url()).not.toBe(before);
          expect(params(page).get("practice_seed")).toBe(String(SEED));
          expect(params(page).get("view")).toBe(view);
        }
        const shown = await labValue(page, q);
        expect(shown).not.toBe("inf");
        expect(Number.isFinite(Number(shown))).toBe(true);
        // The lab's own value, typed in (with a decimal comma in Chinese), is right.
        await answer(page, q.k, lang === "zh" ? shown.replace(".", ",") : shown);
        await expect(verdict(page, q.k)).toHaveAttribute("data-verdict", "right");
      }

      let right = numbers.length;
      for (const q of choices) {
        await page.getByTestId(`check-${q.k}`).click();
        await expect(verdict(page, q.k)).toHaveAttribute("data-verdict", "unreadable");
        await page.getByTestId(`choice-${q.k}-0`).check();
        await page.getByTestId(`check-${q.k}`).click();
        await expect(verdict(page, q.k)).toHaveAttribute("data-verdict", /^(right|wrong)$/);
        await expect(page.getByTestId(`solution-${q.k}`)).toBeVisible();
        if ((await verdict(page, q.k).getAttribute("data-verdict")) === "right") right += 1;
      }

      // Text that is not a number is told so, kindly.
      await answer(page, numbers[0].k, lang === "zh" ? "不知道" : "no idea");
      await expect(verdict(page, numbers[0].k)).toHaveAttribute("data-verdict", "unreadable");
      await expect(page.getByTestId("practice-announcer")).not.toBeEmpty();

      // Progress: the table of contents counts the right answers, and a reload keeps them.
      const count = page.locator(`.toc li:has(a[href*="view=${view}&"]) [data-testid="toc-count"]`);
      await expect(count).toHaveAttribute("data-count", String(right));
      await expect(page.locator('[data-testid="toc-count"]')).toHaveCount(1);
      await page.reload();
      await expect(page.getByTestId("practice")).toBeVisible();
      await expect(count).toHaveAttribute("data-count", String(right));
    });
  }
}

test("practice_seed gives the same questions twice; new questions write a new seed", async ({ page }) => {
  await open(page, `view=kl&practice_seed=${SEED}`);
  const first = (await questions(page)).map((q) => q.prompt);
  await open(page, `view=kl&practice_seed=${SEED}`);
  expect((await questions(page)).map((q) => q.prompt)).toEqual(first);
  await page.getByTestId("new-questions").click();
  await expect.poll(() => params(page).get("practice_seed")).not.toBe(String(SEED));
  const seed = params(page).get("practice_seed");
  expect(seed).toMatch(/^\d+$/);
  await expect.poll(async () => (await questions(page)).map((q) => q.prompt)).not.toEqual(first);
  const drawn = (await questions(page)).map((q) => q.prompt);
  // The seed travels to the next view and back.
  await page.getByTestId("nav-next").click();
  await expect(page.locator("section.view")).toHaveAttribute("data-view", "cross-entropy");
  expect(params(page).get("practice_seed")).toBe(seed);
  await open(page, `view=kl&practice_seed=${seed}`);
  expect((await questions(page)).map((q) => q.prompt)).toEqual(drawn);
});

test("switching language or unit keeps the question's numbers", async ({ page }) => {
  await open(page, `view=information&practice_seed=${SEED}`);
  const en = await questions(page);
  await page.getByTestId("lang").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const zh = await questions(page);
  expect(zh.map((q) => q.kind)).toEqual(en.map((q) => q.kind));
  expect(zh[0].prompt).not.toBe(en[0].prompt);
  const numbersOf = (text) => text.match(/\d+\.\d+/g);
  expect(numbersOf(zh[0].prompt)).toEqual(numbersOf(en[0].prompt));
  // A right answer in nats becomes wrong when the question asks for bits.
  await page.getByTestId("show-0").click();
  const nats = await labValue(page, en[0]);
  await answer(page, 0, nats);
  await expect(verdict(page, 0)).toHaveAttribute("data-verdict", "right");
  await page.getByTestId("unit").selectOption("bits");
  await expect(verdict(page, 0)).toHaveAttribute("data-verdict", "wrong");
});

test("a page with storage blocked still practises", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page, `view=information&practice_seed=${SEED}`);
  await page.getByTestId("show-0").click();
  const [q] = await questions(page);
  await answer(page, 0, await labValue(page, q));
  await expect(verdict(page, 0)).toHaveAttribute("data-verdict", "right");
  await expect(page.locator('[data-testid="toc-count"]')).toHaveAttribute("data-count", "1");
  await page.getByTestId("practice-reset").click();
  await expect(page.locator('[data-testid="toc-count"]')).toHaveCount(0);
});

test("reset clears the progress here and after a reload", async ({ page }) => {
  await open(page, `view=information&practice_seed=${SEED}`);
  await page.getByTestId("show-0").click();
  const [q] = await questions(page);
  await answer(page, 0, await labValue(page, q));
  await expect(page.locator('[data-testid="toc-count"]')).toHaveAttribute("data-count", "1");
  await page.getByTestId("practice-reset").click();
  await expect(page.locator('[data-testid="toc-count"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("practice")).toBeVisible();
  await expect(page.locator('[data-testid="toc-count"]')).toHaveCount(0);
});

test("embedded, practice works; practice=0 hides it and stays in links", async ({ page }) => {
  await open(page, `view=entropy&embed=1&practice_seed=${SEED}`);
  const [q] = await questions(page);
  await page.getByTestId("show-0").click();
  await answer(page, 0, await labValue(page, q));
  await expect(verdict(page, 0)).toHaveAttribute("data-verdict", "right");
  await open(page, "view=entropy&practice=0");
  await expect(page.getByTestId("practice")).toHaveCount(0);
  await page.getByTestId("p-0").evaluate((el) => {
    el.value = "0.5";
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect.poll(() => params(page).get("practice")).toBe("0");
});

test("keyboard: type, Enter checks, the verdict is announced", async ({ page }) => {
  await open(page, `view=binary-entropy&practice_seed=${SEED}`);
  const [q] = (await questions(page)).filter((x) => x.format === "number");
  await page.getByTestId(`answer-${q.k}`).focus();
  await page.keyboard.type("0,1");
  await page.keyboard.press("Enter");
  await expect(verdict(page, q.k)).toHaveAttribute("data-verdict", /^(right|wrong)$/);
  await expect(page.getByTestId("practice-announcer")).toContainText(/Question \d/);
});

test.describe("axe with verdicts and solutions shown", () => {
  test.use({ bypassCSP: true });
  const require = createRequire(import.meta.url);
  for (const [lang, theme] of [["en", "dark"], ["zh", "light"]]) {
    test(`kl, ${lang}, ${theme}`, async ({ page }) => {
      await open(page, `view=kl&lang=${lang}&theme=${theme}&practice_seed=${SEED}`);
      for (const q of await questions(page)) {
        if (q.format === "number") await answer(page, q.k, "1");
        else {
          await page.getByTestId(`choice-${q.k}-0`).check();
          await page.getByTestId(`check-${q.k}`).click();
        }
        await expect(page.getByTestId(`solution-${q.k}`)).toBeVisible();
      }
      await page.getByTestId("show-0").click();
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('[data-testid="practice"]'), {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        if (result.passes.length < 5) throw new Error(`axe checked only ${result.passes.length} rules`);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
