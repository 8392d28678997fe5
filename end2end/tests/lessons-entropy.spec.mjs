// Lessons 1-3: information content, entropy, binary entropy. Expected values are computed here
// from the formulas, independently of the app's Rust math.
import { test, expect, open, expectValue, setInput, params } from "./fixtures.mjs";

/** H(P) = -sum p_i ln p_i with 0 ln 0 = 0, in nats. */
const entropyNats = (p) => p.reduce((sum, x) => (x > 0 ? sum - x * Math.log(x) : sum), 0);
/** The contract's delay: the address bar follows a control within about 250 ms; allow 1 s. */
const URL_DELAY = { timeout: 1000 };

/** The distribution in the address bar, as numbers. */
const urlVector = (page, name = "p") => (params(page).get(name) ?? "").split(",").map(Number);

/** Waits until the URL's p has `length` entries and returns it. */
async function urlVectorOfLength(page, length) {
  await expect.poll(() => urlVector(page).length, URL_DELAY).toBe(length);
  return urlVector(page);
}

const sum = (values) => values.reduce((a, b) => a + b, 0);

/** The text the preset menu shows: its selected option's. */
const shownPreset = (page) =>
  page.getByTestId("preset").evaluate((select) => select.options[select.selectedIndex]?.text ?? "");


test.describe("entropy", () => {
  test("defaults: the computer power-on example, 0.8018 nats, worked row by row", async ({ page }) => {
    await open(page, "view=entropy&lang=en");
    const want = entropyNats([0.7, 0.2, 0.1]);
    expect(want).toBeCloseTo(0.8018185525433372, 12);
    await expectValue(page, "entropy", want, 1e-12);
    await expect(page.locator('[data-quantity="entropy"]')).toHaveText("0.8018");

    const rows = page.locator("table.numbers tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("starts normally");
    await expect(rows.nth(0)).toContainText("0.7000");
    await expect(rows.nth(0)).toContainText(String((-Math.log(0.7)).toFixed(4)));
    await expect(rows.nth(0)).toContainText(String((-0.7 * Math.log(0.7)).toFixed(4)));
    await expect(rows.nth(2)).toContainText("explodes");
    await expect(rows.nth(2)).toContainText("2.3026");
    await expect(page.locator("table.numbers tfoot")).toContainText("0.8018 nats");

    const substituted = page.getByTestId("substituted");
    await expect(substituted).toContainText("0.7 · 0.3567 + 0.2 · 1.6094 + 0.1 · 2.3026");
    await expect(substituted).toContainText("= 0.8018 nats");

    const chart = page.locator('canvas[data-chart="distributions"]');
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("aria-label", /0\.8018 nats/);
    await expect(chart).toHaveAttribute("aria-label", /starts normally 0\.7 → 0\.2497/);
    await expect(page.getByTestId("zero-convention")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("NaN");
  });

  test("unit=bits gives 1.1568 bits, with log₂ in the table", async ({ page }) => {
    await open(page, "view=entropy&unit=bits&lang=en");
    await expectValue(page, "entropy", entropyNats([0.7, 0.2, 0.1]) / Math.LN2, 1e-12);
    await expect(page.locator('[data-quantity="entropy"]')).toHaveText("1.1568");
    await expect(page.locator("table.numbers thead")).toContainText("log₂");
    await expect(page.getByTestId("substituted")).toContainText("= 1.1568 bits");
  });

  test("moving p-0 rescales the others, updates the readout and, within 1 s, the URL", async ({ page }) => {
    await open(page, "view=entropy&lang=en");
    await setInput(page, "p-0", 0.4);
    // The others keep their ratio 2:1 and fill 0.6.
    const want = entropyNats([0.4, 0.4, 0.2]);
    await expectValue(page, "entropy", want, 1e-12);
    await expect.poll(() => urlVector(page)[0], URL_DELAY).toBe(0.4);
    const p = urlVector(page);
    expect(p).toHaveLength(3);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(1e-9);
    expect(p[1]).toBeCloseTo(0.4, 12);
    expect(p[2]).toBeCloseTo(0.2, 12);
    await expect(page.getByTestId("p-1-number")).toHaveValue("0.4");
    await expect(page.locator("table.numbers tbody tr").nth(1)).toContainText("0.4000");
    expect(params(page).get("view")).toBe("entropy");
  });

  test("the number field and the keyboard move an entry and the vector stays a distribution", async ({ page }) => {
    await open(page, "view=entropy&lang=en");
    await page.getByTestId("p-2-number").fill("0.5");
    await expect.poll(() => urlVector(page)[2], URL_DELAY).toBe(0.5);
    let p = urlVector(page);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(1e-9);
    await expectValue(page, "entropy", entropyNats(p), 1e-12);

    await page.getByTestId("p-1").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => urlVector(page)[1], URL_DELAY).not.toBe(p[1]);
    p = urlVector(page);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(1e-9);
    expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
    await expectValue(page, "entropy", entropyNats(p), 1e-12);
  });

  test("add and remove outcomes keep a distribution of 2 to 8 outcomes", async ({ page }) => {
    await open(page, "view=entropy&lang=en");
    const add = page.getByTestId("add-outcome");
    const remove = page.getByTestId("remove-outcome");

    await add.click();
    await expect(page.getByTestId("p-3")).toBeVisible();
    let p = await urlVectorOfLength(page, 4);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(1e-9);
    // The new outcome takes a uniform share and the others keep their ratios.
    expect(p[3]).toBeCloseTo(0.25, 12);
    expect(p[0] / p[1]).toBeCloseTo(3.5, 9);
    await expectValue(page, "entropy", entropyNats(p), 1e-12);
    await expect(page.locator("table.numbers tbody tr")).toHaveCount(4);

    for (let n = 5; n <= 8; n++) await add.click();
    p = await urlVectorOfLength(page, 8);
    expect(Math.abs(sum(p) - 1)).toBeLessThanOrEqual(1e-9);
    await expect(add).toBeDisabled();
    await expectValue(page, "entropy", entropyNats(p), 1e-12);

    // Back to the default, then remove: the rest is renormalised.
    await page.goto("index.html?view=entropy&lang=en");
    await page.getByTestId("remove-outcome").click();
    p = await urlVectorOfLength(page, 2);
    expect(p[0]).toBeCloseTo(0.7 / 0.9, 12);
    expect(p[1]).toBeCloseTo(0.2 / 0.9, 12);
    await expectValue(page, "entropy", entropyNats([0.7 / 0.9, 0.2 / 0.9]), 1e-12);
    await expect(page.getByTestId("p-2")).toHaveCount(0);
    await expect(page.getByTestId("remove-outcome")).toBeDisabled();
  });

  test("removing the only likely outcome leaves equally likely ones", async ({ page }) => {
    await open(page, "view=entropy&lang=en&p=0,0,1");
    await page.getByTestId("remove-outcome").click();
    const p = await urlVectorOfLength(page, 2);
    expect(p).toEqual([0.5, 0.5]);
    await expectValue(page, "entropy", Math.LN2, 1e-12);
  });

  test("presets: coins, dice and a certain outcome", async ({ page }) => {
    await open(page, "view=entropy&lang=en&unit=bits");
    const preset = page.getByTestId("preset");
    const cases = [
      { index: "1", p: [0.5, 0.5], bits: 1, names: ["heads", "tails"] },
      { index: "2", p: [0.9, 0.1], names: ["heads", "tails"] },
      { index: "3", p: [0.25, 0.25, 0.25, 0.25], bits: 2 },
      { index: "4", p: Array(6).fill(1 / 6), bits: Math.log2(6) },
      { index: "0", p: [0.7, 0.2, 0.1], names: ["starts normally", "does not start", "explodes"] },
    ];
    for (const { index, p, bits, names } of cases) {
      await preset.selectOption(index);
      const want = entropyNats(p) / Math.LN2;
      if (bits !== undefined) expect(want).toBeCloseTo(bits, 12);
      await expectValue(page, "entropy", want, 1e-12);
      await expect(page.locator("table.numbers tbody tr")).toHaveCount(p.length);
      for (const [i, name] of (names ?? []).entries()) {
        await expect(page.locator("table.numbers tbody tr").nth(i)).toContainText(name);
      }
      await expect.poll(() => urlVector(page).length, URL_DELAY).toBe(p.length);
    }

    // The certain computer: H = 0, the impossible outcomes show ∞ information and 0 · log 0 = 0.
    await preset.selectOption("5");
    await expectValue(page, "entropy", 0, 0);
    const zeroRow = page.locator("table.numbers tbody tr").nth(1);
    await expect(zeroRow).toContainText("∞");
    await expect(zeroRow).toContainText("0.0000*");
    await expect(page.getByTestId("zero-convention")).toContainText("0 · log 0 = 0");
    await expect(page.getByTestId("substituted")).toContainText("0 · ∞");
    await expect.poll(() => params(page).get("p"), URL_DELAY).toBe("1,0,0");
    await expect(page.locator("body")).not.toContainText("NaN");
  });

  test("the preset menu names an example only while its values are on screen", async ({ page }) => {
    // A link that happens to hold an example's values: nothing was chosen, so the placeholder.
    await open(page, "view=entropy&lang=en&p=0.5,0.5");
    const preset = page.getByTestId("preset");
    await expect(preset).toHaveValue("");
    expect(await shownPreset(page)).toBe("Choose an example…");

    await preset.selectOption("2");
    await expectValue(page, "entropy", entropyNats([0.9, 0.1]), 1e-12);
    await expect(preset).toHaveValue("2");
    // Moving a slider away from the example: the menu goes back to its placeholder.
    await setInput(page, "p-0", 0.6);
    await expectValue(page, "entropy", entropyNats([0.6, 0.4]), 1e-12);
    await expect(preset).toHaveValue("");
    expect(await shownPreset(page)).toBe("Choose an example…");
    // The same example can be chosen again, and adding an outcome leaves it too.
    await preset.selectOption("2");
    await expect(preset).toHaveValue("2");
    await page.getByTestId("add-outcome").click();
    await expect(preset).toHaveValue("");
  });

  test("a link's distribution is used, and the URL state survives a reload", async ({ page }) => {
    await open(page, "view=entropy&lang=en&p=0.1,0.2,0.3,0.4");
    await expectValue(page, "entropy", entropyNats([0.1, 0.2, 0.3, 0.4]), 1e-12);
    await expect(page.locator("table.numbers tbody tr")).toHaveCount(4);
    await setInput(page, "p-3", 0.1);
    await expect.poll(() => urlVector(page)[3], URL_DELAY).toBe(0.1);
    const p = urlVector(page);
    await page.reload();
    await expectValue(page, "entropy", entropyNats(p), 1e-12);
  });
});

test.describe("binary entropy", () => {
  const binaryNats = (p) => entropyNats([p, 1 - p]);

  test("default p = 0.3, and p = 0.5 is ln 2 nats and 1 bit", async ({ page }) => {
    await open(page, "view=binary-entropy&lang=en");
    await expectValue(page, "binary_entropy", binaryNats(0.3), 1e-12);
    await expect(page.locator('canvas[data-chart="binary-entropy"]')).toBeVisible();
    await expect(page.getByTestId("substituted")).toContainText("H(0.3) = −0.3 · ln 0.3 − 0.7 · ln 0.7");
    await expect(page.getByTestId("symmetry")).toContainText("p = 0.3 and p = 0.7");

    await open(page, "view=binary-entropy&lang=en&p=0.5");
    await expectValue(page, "binary_entropy", Math.LN2, 1e-12);
    await expect(page.locator('[data-quantity="binary_entropy"]')).toHaveText("0.6931");
    await open(page, "view=binary-entropy&lang=en&p=0.5&unit=bits");
    await expectValue(page, "binary_entropy", 1, 1e-12);
    await expect(page.locator('canvas[data-chart="binary-entropy"]')).toHaveAttribute(
      "aria-label",
      /p = 0\.5, H\(p\) = 1\.0000 bits/,
    );
  });

  test("moving p-0 changes the readout and, within 1 s, the URL; p and 1 − p agree", async ({ page }) => {
    await open(page, "view=binary-entropy&lang=en");
    await setInput(page, "p-0", 0.8);
    await expectValue(page, "binary_entropy", binaryNats(0.8), 1e-12);
    await expect.poll(() => params(page).get("p"), URL_DELAY).toBe("0.8");
    const atHigh = Number(await page.locator('[data-quantity="binary_entropy"]').getAttribute("data-value"));
    await setInput(page, "p-0", 0.2);
    await expect.poll(() => params(page).get("p"), URL_DELAY).toBe("0.2");
    await expectValue(page, "binary_entropy", atHigh, 1e-12);
    await expect(page.locator("table.numbers tbody tr").nth(1)).toContainText("0.8000");
  });

  test("presets, and a certain outcome shows 0 and the 0 · log 0 convention", async ({ page }) => {
    await open(page, "view=binary-entropy&lang=en");
    const preset = page.getByTestId("preset");
    for (const [index, p] of [["0", 0.5], ["1", 0.9], ["2", 0.001]]) {
      await preset.selectOption(index);
      await expectValue(page, "binary_entropy", binaryNats(p), 1e-12);
      await expect.poll(() => Number(params(page).get("p")), URL_DELAY).toBe(p);
    }
    await preset.selectOption("3");
    await expectValue(page, "binary_entropy", 0, 0);
    await expect(page.getByTestId("certain-note")).toBeVisible();
    await expect(page.getByTestId("zero-convention")).toBeVisible();
    await expect(page.locator("table.numbers tbody tr").nth(1)).toContainText("∞");
    await expect(page.locator("body")).not.toContainText("NaN");
  });

  test("the intro names the Bernoulli distribution; a note explains the tutorial's “binomial”", async ({ page }) => {
    await open(page, "view=binary-entropy&lang=en");
    await expect(page.locator(".lesson-intro")).toContainText("Bernoulli distribution");
    const note = page.getByTestId("bernoulli-note");
    await expect(note).toContainText("binomial");
    await expect(note).toContainText("with a single trial");

    await open(page, "view=binary-entropy&lang=zh");
    await expect(page.locator("#view-title")).toHaveText("二元熵：0-1（伯努利）分布的熵");
    await expect(page.locator(".lesson-intro")).toContainText("伯努利分布");
    await expect(note).toContainText("二项分布");
    await expect(note).toContainText("只做一次试验");
  });
});

test.describe("information", () => {
  test("default 1.3863 nats; p = 0 shows ∞ and says why", async ({ page }) => {
    await open(page, "view=information&lang=en");
    await expectValue(page, "information", -Math.log(0.25), 1e-12);
    expect(-Math.log(0.25)).toBe(1.3862943611198906);
    await expect(page.locator('[data-quantity="information"]')).toHaveText("1.3863");
    await expect(page.getByTestId("infinity-note")).toHaveCount(0);

    await setInput(page, "p-0", 0);
    await expect(page.locator('[data-quantity="information"]')).toHaveAttribute("data-value", "inf");
    await expect(page.locator('[data-quantity="information"]')).toHaveText("∞");
    await expect(page.getByTestId("infinity-note")).toBeVisible();
    await expect(page.getByTestId("infinity-note")).toContainText("I(0) = ∞");
    await expect.poll(() => params(page).get("p"), URL_DELAY).toBe("0");
    await expect(page.locator("body")).not.toContainText("NaN");

    await setInput(page, "p-0", 0.5);
    await expectValue(page, "information", Math.LN2, 1e-12);
    await expect(page.getByTestId("infinity-note")).toHaveCount(0);
  });

  test("the preset menu keeps the chosen example until p moves away from it", async ({ page }) => {
    await open(page, "view=information&lang=en");
    const preset = page.getByTestId("preset");
    // The likely event sets a likely p, not a coin toss's.
    await preset.selectOption("0");
    await expectValue(page, "information", -Math.log(0.95), 1e-15);
    await expect.poll(() => params(page).get("p"), URL_DELAY).toBe("0.95");
    await expect(preset).toHaveValue("0");
    expect(await shownPreset(page)).toContain("(p = 0.95)");
    await preset.selectOption("2");
    await expectValue(page, "information", Math.LN2, 1e-15);
    await expect(preset).toHaveValue("2");
    await setInput(page, "p-0-number", 0.3);
    await expectValue(page, "information", -Math.log(0.3), 1e-15);
    await expect(preset).toHaveValue("");
    expect(await shownPreset(page)).toBe("Choose an example…");
  });

  test("the World Cup examples are about qualifying for the finals tournament", async ({ page }) => {
    await open(page, "view=information&lang=en");
    const options = page.getByTestId("preset").locator("option");
    // Option 0 is the placeholder; the likely event is example 0, the unlikely one example 1.
    await expect(options.nth(1)).toHaveText("A likely event: Brazil qualifies for the 2018 World Cup finals (p = 0.95)");
    await expect(options.nth(2)).toContainText("China qualifies for the 2018 World Cup finals");
    await expect(page.locator(".lesson-information")).toContainText("not just the final match");

    await open(page, "view=information&lang=zh");
    await expect(options.nth(1)).toHaveText("很可能的事：巴西队进入 2018 年世界杯决赛圈（p = 0.95）");
    await expect(options.nth(2)).toContainText("中国队进入 2018 年世界杯决赛圈");
  });

  test("unit=bits: p = 0.25 carries 2 bits", async ({ page }) => {
    await open(page, "view=information&lang=en&unit=bits");
    await expectValue(page, "information", 2, 1e-12);
  });
});

test.describe("languages and small screens", () => {
  test("lang=zh renders the three lessons in Chinese", async ({ page }) => {
    await open(page, "view=entropy&lang=zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator("#view-title")).toHaveText("熵");
    await expect(page.locator("table.numbers tbody tr").first()).toContainText("正常开机");
    await expect(page.locator("table.numbers tfoot")).toContainText("奈特");
    await expect(page.locator(".lesson-intro")).toContainText("信息");
    await expect(page.getByTestId("add-outcome")).toContainText("增加结果");

    await open(page, "view=binary-entropy&lang=zh");
    await expect(page.locator("#view-title")).toContainText("二元熵");
    await expect(page.getByTestId("symmetry")).toContainText("对称");

    await open(page, "view=information&lang=zh&p=0");
    await expect(page.locator("#view-title")).toHaveText("信息量");
    await expect(page.getByTestId("infinity-note")).toContainText("无限");
  });

  test("switching the language keeps the state", async ({ page }) => {
    await open(page, "view=entropy&lang=en&p=0.5,0.25,0.25");
    await page.getByTestId("lang").selectOption("zh");
    await expect(page.locator("#view-title")).toHaveText("熵");
    await expectValue(page, "entropy", entropyNats([0.5, 0.25, 0.25]), 1e-12);
  });

  for (const view of ["information", "entropy", "binary-entropy"]) {
    for (const lang of ["en", "zh"]) {
      test(`${view} (${lang}) fits a 375 px wide screen`, async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await open(page, `view=${view}&lang=${lang}&p=${view === "entropy" ? "0.3,0.2,0.2,0.1,0.1,0.05,0.05" : "0.3"}`);
        await expect(page.locator("canvas[data-chart]")).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(375);
        // The worked table fits too, rather than scrolling inside its box.
        const tables = page.locator(".table-wrap");
        for (let i = 0; i < (await tables.count()); i++) {
          const fits = await tables.nth(i).evaluate((el) => el.scrollWidth <= el.clientWidth);
          expect(fits).toBe(true);
        }
      });
    }
  }
});
