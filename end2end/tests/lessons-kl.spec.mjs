// Steps 4 and 5: the `kl` and `cross-entropy` views against the formulas computed here in JS.
import fs from "node:fs/promises";
import { test, expect, open, params, setInput, value } from "./fixtures.mjs";

// ---- the formulas, independently of the app (natural log; 0 log 0 = 0) ----------------------
const kl = (p, q) => p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + pi * Math.log(pi / q[i])), 0);
const entropy = (p) => -p.reduce((sum, pi) => (pi === 0 ? sum : sum + pi * Math.log(pi)), 0);
const crossEntropy = (p, q) => -p.reduce((sum, pi, i) => (pi === 0 ? sum : sum + pi * Math.log(q[i])), 0);
/** math::set_entry: p[index] = v, the others rescaled to fill 1 - v. */
const setEntry = (p, index, v) => {
  const others = p.reduce((sum, x, i) => (i === index ? sum : sum + x), 0);
  return p.map((x, i) => (i === index ? v : (x / others) * (1 - v)));
};
const sum = (v) => v.reduce((a, b) => a + b, 0);

/** Waits until `quantity` is within `rel` (relative) of `want`; Infinity must be "inf". */
async function expectClose(page, quantity, want, rel = 1e-12) {
  await expect
    .poll(async () => {
      const got = await value(page, quantity);
      if (want === Infinity) return got;
      return got === want || Math.abs(got - want) <= rel * Math.abs(want) ? want : got;
    }, { message: `${quantity} should be ${want}` })
    .toBe(want);
}

/** The probability vector `name` as the URL holds it (full precision). */
const vectorInUrl = (page, name) => (params(page).get(name) ?? "").split(",").map(Number);

/** Every quantity of the kl view against the formulas for p, q, divided by `scale`. */
async function expectKlView(page, p, q, scale = 1) {
  await expectClose(page, "kl_pq", kl(p, q) / scale);
  await expectClose(page, "kl_qp", kl(q, p) / scale);
  await expectClose(page, "entropy_p", entropy(p) / scale);
  await expectClose(page, "cross_entropy", crossEntropy(p, q) / scale);
}

test.describe("kl view", () => {
  const P = [0.7, 0.2, 0.1];
  const Q = [0.5, 0.3, 0.2];

  test("the defaults match the formulas, in nats and in bits", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await expectKlView(page, P, Q);
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveText("0.0851");
    await expect(page.getByTestId("substituted")).toContainText("0.7·ln(0.7/0.5)");

    await open(page, "view=kl&lang=en&unit=bits");
    await expectKlView(page, P, Q, Math.LN2);
    await expect(page.getByTestId("substituted")).toContainText("0.7·log₂(0.7/0.5)");
    await expect(page.locator("table.terms-table thead")).toContainText("p·log₂(p/q)");
  });

  test("the unit switch changes values, formula and table at once", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await expectClose(page, "kl_pq", kl(P, Q));
    await page.getByTestId("unit").selectOption("bits");
    await expectKlView(page, P, Q, Math.LN2);
    await expect(page.locator(".formula math")).toContainText("log2");
    await expect(page.locator(".formula math")).not.toContainText("ln");
    await expect(page.getByTestId("substituted")).toContainText("0.7·log₂(0.7/0.5)");
    await expect(page.locator("table.terms-table tfoot")).toContainText((kl(P, Q) / Math.LN2).toFixed(4));
  });

  test("moving p-0 and q-1 updates readouts and URL, and keeps both distributions", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    const p = setEntry(P, 0, 0.5);
    await setInput(page, "p-0", 0.5);
    await expectKlView(page, p, Q);
    await expect.poll(() => vectorInUrl(page, "p")[0], { timeout: 1000 }).toBe(0.5);

    const q = setEntry(Q, 1, 0.6);
    await setInput(page, "q-1", 0.6);
    await expectKlView(page, p, q);
    await expect.poll(() => vectorInUrl(page, "q")[1], { timeout: 1000 }).toBe(0.6);

    const [pInUrl, qInUrl] = [vectorInUrl(page, "p"), vectorInUrl(page, "q")];
    expect(Math.abs(sum(pInUrl) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(sum(qInUrl) - 1)).toBeLessThan(1e-12);
    for (const [got, want] of [[pInUrl, p], [qInUrl, q]]) {
      got.forEach((x, i) => expect(Math.abs(x - want[i])).toBeLessThan(1e-15));
    }
    // The number fields show the same vectors.
    await expect(page.getByTestId("p-1-number")).toHaveValue(String(+p[1].toFixed(6)));
  });

  test("adding and removing outcomes acts on both vectors and keeps them distributions", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await page.getByTestId("add-outcome").click();
    await expect(page.getByTestId("p-3")).toBeVisible();
    await expect(page.getByTestId("q-3")).toBeVisible();
    await expect.poll(() => vectorInUrl(page, "q").length).toBe(4);
    let [p, q] = [vectorInUrl(page, "p"), vectorInUrl(page, "q")];
    expect(p[3]).toBe(0.25);
    expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(sum(q) - 1)).toBeLessThan(1e-12);
    await expectKlView(page, p, q);
    await expect(page.locator("table.terms-table tbody tr")).toHaveCount(4);

    for (let n = 5; n <= 8; n++) await page.getByTestId("add-outcome").click();
    await expect(page.getByTestId("add-outcome")).toBeDisabled();
    await expect(page.getByTestId("q-7")).toBeVisible();
    for (let n = 7; n >= 2; n--) await page.getByTestId("remove-outcome").click();
    await expect(page.getByTestId("remove-outcome")).toBeDisabled();
    await expect(page.getByTestId("p-2")).toHaveCount(0);
    await expect.poll(() => vectorInUrl(page, "p").length).toBe(2);
    [p, q] = [vectorInUrl(page, "p"), vectorInUrl(page, "q")];
    expect(Math.abs(sum(p) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(sum(q) - 1)).toBeLessThan(1e-12);
    await expectKlView(page, p, q);
  });

  test("a zero in Q under a positive P shows ∞ and says why", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await setInput(page, "q-2", 0);
    const q = setEntry(Q, 2, 0);
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveAttribute("data-value", "inf");
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveText("∞");
    await expect(page.locator('[data-quantity="cross_entropy"]')).toHaveAttribute("data-value", "inf");
    await expectClose(page, "kl_qp", kl(q, P));
    const note = page.getByTestId("infinity-note");
    await expect(note).toContainText("Q gives probability 0 to outcome x₃, which P says can happen");
    await expect(page.locator("figure.chart").nth(1).locator(".chart-alt")).toContainText("D(P‖Q) = ∞");
    await expect(page.getByTestId("infinity-note-reverse")).toHaveCount(0);
    await expect(page.getByTestId("substituted")).toContainText("= ∞");
  });

  test("presets: the tutorial pair, Q = P and the reverse infinity", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await page.getByTestId("preset").selectOption("0");
    await expectClose(page, "kl_pq", -Math.log(0.7));
    await expect(page.locator('[data-quantity="kl_qp"]')).toHaveAttribute("data-value", "inf");
    await expect(page.getByTestId("infinity-note-reverse")).toContainText("P gives probability 0 to outcomes x₂ and x₃");
    await expect.poll(() => params(page).get("p")).toBe("1,0,0");

    await page.getByTestId("preset").selectOption("1");
    await expectKlView(page, P, Q);
    await page.getByTestId("preset").selectOption("2");
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveAttribute("data-value", "0");
    await expect(page.locator('[data-quantity="kl_qp"]')).toHaveAttribute("data-value", "0");
    await expect.poll(() => params(page).get("q")).toBe("0.7,0.2,0.1");

    await page.getByTestId("preset").selectOption("3");
    await expect(page.locator('[data-quantity="kl_qp"]')).toHaveAttribute("data-value", "inf");
    await expectClose(page, "kl_pq", kl([0.5, 0.5, 0], [0.4, 0.4, 0.2]));
    await expect(page.getByTestId("infinity-note-reverse")).toContainText("outcome x₃");
  });

  test("the charts say what they show with the current values", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await expect(page.locator('canvas[data-chart="distributions"]')).toHaveAttribute(
      "aria-label",
      /P = \(0\.7, 0\.2, 0\.1\) and Q = \(0\.5, 0\.3, 0\.2\).*D\(P‖Q\) = 0\.0851 nats/,
    );
    await expect(page.locator('canvas[data-chart="kl-asymmetry"]')).toHaveAttribute(
      "aria-label",
      "Two bars: D(P‖Q) = 0.0851 nats and D(Q‖P) = 0.0920 nats.",
    );
  });

  test("the CSV holds the table at full precision", async ({ page }) => {
    await open(page, "view=kl&lang=en");
    await expectClose(page, "kl_pq", kl(P, Q));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    const csv = await fs.readFile(await download.path(), "utf8");
    const rows = csv.trim().split("\r\n").map((line) => line.split(","));
    expect(rows[0]).toEqual(["Outcome", "p", "q", "p·ln(p/q)", "−p·ln p", "−p·ln q"]);
    expect(rows).toHaveLength(5);
    expect(rows[1].slice(0, 3)).toEqual(["x₁", "0.7", "0.5"]);
    expect(Number(rows[1][3])).toBeCloseTo(0.7 * Math.log(0.7 / 0.5), 15);
    const sums = rows[4];
    expect(sums[0]).toBe("Sum");
    expect(sums[3]).toBe(await page.locator('[data-quantity="kl_pq"]').getAttribute("data-value"));
    expect(sums[4]).toBe(await page.locator('[data-quantity="entropy_p"]').getAttribute("data-value"));
    expect(sums[5]).toBe(await page.locator('[data-quantity="cross_entropy"]').getAttribute("data-value"));
  });

  test("in Chinese", async ({ page }) => {
    await open(page, "view=kl&lang=zh&q=0.5,0.5,0");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator(".lesson-kl .readout-card .name").first()).toHaveText("KL 散度 D(P‖Q)");
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveAttribute("data-value", "inf");
    await expect(page.getByTestId("infinity-note")).toContainText("Q 给结果 x₃ 的概率是 0");
    await expect(page.locator(".lesson-kl .unit-suffix").first()).toHaveText("奈特");
    await expectClose(page, "kl_qp", kl([0.5, 0.5, 0], P));
  });
});

test.describe("cross-entropy view", () => {
  const CE_DEFAULT = 0.35667494393873245;

  test("the default: a one-hot label, so H(P) = 0 and CE = KL = −ln 0.7", async ({ page }) => {
    await open(page, "view=cross-entropy&lang=en");
    await expectClose(page, "cross_entropy", CE_DEFAULT);
    await expectClose(page, "kl_pq", CE_DEFAULT);
    expect(await value(page, "cross_entropy")).toBe(await value(page, "kl_pq"));
    await expect(page.locator('[data-quantity="entropy_p"]')).toHaveAttribute("data-value", "0");
    await expect(page.getByTestId("p-kind-one-hot")).toBeChecked();
    await expect(page.getByTestId("true-class")).toHaveValue("0");
    await expect(page.getByTestId("p-0")).toBeHidden();
    await expect(page.locator(".lesson-cross-entropy .note")).toContainText("−ln 0.7 = 0.3567 nats");
    // The stacked bar: all of H(P, Q) is KL.
    await expect(page.locator(".ce-stack-entropy")).toHaveAttribute("style", /width: 0%/);
    await expect(page.locator(".ce-stack-kl")).toHaveAttribute("style", /width: 100%/);

    await open(page, "view=cross-entropy&lang=en&unit=bits");
    await expectClose(page, "cross_entropy", CE_DEFAULT / Math.LN2);
    await expectClose(page, "kl_pq", CE_DEFAULT / Math.LN2);
    await expect(page.getByTestId("substituted")).toContainText("1·log₂ 0.7");
  });

  test("switching P to soft and back; CE = H + KL after every move", async ({ page }) => {
    await open(page, "view=cross-entropy&lang=en");
    const Q = [0.7, 0.2, 0.1];
    await page.getByTestId("p-kind-soft").check();
    await expect(page.getByTestId("p-0")).toBeVisible();
    await setInput(page, "p-0", 0.6);
    let p = [0.6, 0.2, 0.2];
    await expectClose(page, "entropy_p", entropy(p));
    await expectClose(page, "kl_pq", kl(p, Q));
    await expectClose(page, "cross_entropy", crossEntropy(p, Q));
    await expect.poll(() => vectorInUrl(page, "p")[0], { timeout: 1000 }).toBe(0.6);
    const share = (entropy(p) / crossEntropy(p, Q)) * 100;
    const width = await page.locator(".ce-stack-entropy").evaluate((e) => parseFloat(e.style.width));
    expect(Math.abs(width - share)).toBeLessThan(1e-3); // CSS keeps about 6 digits

    const q = setEntry(Q, 1, 0.5);
    await setInput(page, "q-1", 0.5);
    await expectClose(page, "cross_entropy", crossEntropy(p, q));
    const [h, d, ce] = await Promise.all(["entropy_p", "kl_pq", "cross_entropy"].map((name) => value(page, name)));
    expect(Math.abs(h + d - ce)).toBeLessThanOrEqual(1e-12 * ce);

    // Back to a one-hot label: the most likely class of the soft label.
    await page.getByTestId("p-kind-one-hot").check();
    await expect(page.getByTestId("p-0")).toBeHidden();
    await expect(page.locator('[data-quantity="entropy_p"]')).toHaveAttribute("data-value", "0");
    await expectClose(page, "cross_entropy", -Math.log(q[0]));
    await expect.poll(() => params(page).get("p")).toBe("1,0,0");

    await page.getByTestId("true-class").selectOption("1");
    await expectClose(page, "cross_entropy", -Math.log(q[1]));
    await expectClose(page, "kl_pq", -Math.log(q[1]));
    await expect.poll(() => params(page).get("p")).toBe("0,1,0");
    p = [0, 1, 0];
    await expect(page.locator("table.terms-table tfoot")).toContainText(crossEntropy(p, q).toFixed(4));
  });

  test("presets: a soft label, and a prediction that rules out the true class", async ({ page }) => {
    await open(page, "view=cross-entropy&lang=en");
    // Option 0 is the placeholder. q = 0 on the true class is "certain and wrong", not step 6's
    // "confidently wrong" (a small but finite q), and the label says what it does.
    await expect(page.getByTestId("preset").locator("option").nth(3)).toHaveText(
      "Rules out the true class: label [1, 0, 0], prediction [0, 0.9, 0.1]",
    );
    await expect(page.locator(".bridge")).toContainText("D(P‖Q)");
    await expect(page.locator(".bridge")).not.toContainText("KL(P‖Q)");
    await page.getByTestId("preset").selectOption("1");
    const p = [0.8, 0.1, 0.1];
    const q = [0.7, 0.2, 0.1];
    await expect(page.getByTestId("p-kind-soft")).toBeChecked();
    await expectClose(page, "entropy_p", entropy(p));
    await expectClose(page, "kl_pq", kl(p, q));
    await expectClose(page, "cross_entropy", crossEntropy(p, q));

    await page.getByTestId("preset").selectOption("2");
    await expect(page.getByTestId("p-kind-one-hot")).toBeChecked();
    await expect(page.locator('[data-quantity="cross_entropy"]')).toHaveAttribute("data-value", "inf");
    await expect(page.locator('[data-quantity="kl_pq"]')).toHaveAttribute("data-value", "inf");
    await expect(page.locator('[data-quantity="cross_entropy"]')).toHaveText("∞");
    await expect(page.getByTestId("infinity-note")).toContainText("Q gives probability 0 to outcome x₁, which P says can happen");
    await expect(page.getByTestId("infinity-note")).toContainText("certain and wrong");
    await expect(page.locator(".ce-stack-kl")).toHaveClass(/ce-stack-infinite/);
  });

  test("outcomes can be added in one-hot mode and the label stays one-hot", async ({ page }) => {
    await open(page, "view=cross-entropy&lang=en");
    await page.getByTestId("add-outcome").click();
    await expect.poll(() => params(page).get("p")).toBe("1,0,0,0");
    const q = vectorInUrl(page, "q");
    expect(Math.abs(sum(q) - 1)).toBeLessThan(1e-12);
    await expectClose(page, "cross_entropy", -Math.log(q[0]));
    await page.getByTestId("true-class").selectOption("3");
    await page.getByTestId("remove-outcome").click();
    await expect.poll(() => params(page).get("p")).toBe("0,0,1");
  });

  test("in Chinese", async ({ page }) => {
    await open(page, "view=cross-entropy&lang=zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator(".decomposition-title")).toHaveText("交叉熵 = 熵 + KL 散度");
    await expect(page.locator(".lesson-cross-entropy .note")).toContainText("用独热标签时 H(P) = 0");
    await expect(page.locator(".lesson-cross-entropy .label-kind")).toContainText("独热（one-hot）标签");
    await expect(page.locator(".bridge")).toContainText("KL 散度 D(P‖Q)");
    await expect(page.getByTestId("preset").locator("option").nth(3)).toHaveText(
      "排除了真实类别：标签 [1, 0, 0]，预测 [0, 0.9, 0.1]",
    );
    await expectClose(page, "cross_entropy", CE_DEFAULT);
  });
});

test.describe("at 375 px wide", () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const view of ["kl", "cross-entropy"]) {
    for (const lang of ["en", "zh"]) {
      test(`${view} in ${lang} has no horizontal overflow, even with 8 outcomes`, async ({ page }) => {
        await open(page, `view=${view}&lang=${lang}`);
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await expect.poll(overflow).toBeLessThanOrEqual(0);
        for (let n = 4; n <= 8; n++) await page.getByTestId("add-outcome").click();
        await expect(page.getByTestId("q-7")).toBeVisible();
        await expect.poll(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
