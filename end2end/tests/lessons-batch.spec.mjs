// The batch lessons: `single-label` (softmax + cross-entropy over a batch) and `multi-label`
// (a sigmoid and a binary cross-entropy per node, three reductions).
import fs from "node:fs";
import { test, expect, open, value, expectValue, setInput, params } from "./fixtures.mjs";

// The tutorial's numbers, as Rust's `{}` formatting writes them.
const SINGLE_LOSS = 0.5108256237659907; // -ln 0.6
const NODE_LOSSES = [0.10536051565782628, 0.35667494393873245, 0.2231435513142097];
const SAMPLE_LOSS = 0.6851790109107685;
const XSS_NAME = "<img src=x onerror=alert(1)>";

const at = (j, i) => (i === undefined ? `[data-index="${j}"]` : `[data-index="${j}"][data-node="${i}"]`);

/** Every data-value of a quantity, in page order. */
async function values(page, quantity) {
  return page.locator(`[data-quantity="${quantity}"]`).evaluateAll((elements) =>
    elements.map((e) => e.getAttribute("data-value")),
  );
}

/** Fails the test if the page ever opens a dialog (an injected alert). */
function refuseDialogs(page) {
  const dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function expectNoPageOverflow(page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "the page must not scroll sideways").toBeLessThanOrEqual(0);
}

test.describe("single-label", () => {
  test("the default is the tutorial's sample: −ln 0.6", async ({ page }) => {
    await open(page, "view=single-label&lang=en");
    await expectValue(page, "sample_loss", SINGLE_LOSS, 0, at(0));
    await expectValue(page, "batch_loss", SINGLE_LOSS, 0);
    await expect(page.locator(`[data-quantity="sample_loss"]${at(0)}`)).toHaveText("0.5108");
    await expect(page.getByTestId("label-0")).toHaveValue("1");
    await expect(page.getByTestId("q-0-1-number")).toHaveValue("0.6");
    await expect(page.locator('canvas[data-chart="batch-losses"]')).toBeVisible();
    // The double sum shows the terms that vanish and the one that survives.
    const sum = page.locator(".double-sum");
    await expect(sum).toContainText("0·ln 0.3000");
    await expect(sum).toContainText("1·ln 0.6000");
    await expect(sum.locator(".term-vanishes")).toHaveCount(2);
  });

  test("moving a slider updates the loss and the URL", async ({ page }) => {
    await open(page, "view=single-label&lang=en");
    await setInput(page, "q-0-1", 0.8);
    await expectValue(page, "sample_loss", -Math.log(0.8), 1e-15, at(0));
    await expectValue(page, "batch_loss", -Math.log(0.8), 1e-15);
    await expect.poll(() => params(page).get("q")?.split(",")[1]).toBe("0.8");
    // The written-out sum and the table follow the slider.
    const sum = page.locator(".double-sum");
    await expect(sum).toContainText("1·ln 0.8000");
    await expect(sum).toContainText("= (1/1) (0.2231)");
    await expect(page.locator(".batch-table .true-cell")).toHaveText("0.8000");
    await expect(page.locator(".batch-table tfoot")).toContainText("0.2231");
    // The other classes shrank in proportion: still a distribution.
    const q = params(page).get("q").split(",").map(Number);
    expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    // The true class follows its select.
    await setInput(page, "label-0", "0");
    await expectValue(page, "sample_loss", -Math.log(q[0]), 1e-12, at(0));
    await expect.poll(() => params(page).get("labels")).toBe("0");
    // The surviving term and the marked cell move to the new true class.
    await expect(sum.locator(".term:not(.term-vanishes)").first()).toHaveText(`1·ln ${q[0].toFixed(4)}`);
    await expect(page.locator(".batch-table .true-cell")).toHaveText(q[0].toFixed(4));
  });

  test("the preset menu goes back to its placeholder once a control leaves the example", async ({ page }) => {
    await open(page, "view=single-label&lang=en");
    const preset = page.getByTestId("preset");
    await expect(preset).toHaveValue("");
    await preset.selectOption("1");
    await expect(page.getByTestId("label-2")).toHaveValue("2");
    await expect(preset).toHaveValue("1");
    await setInput(page, "q-1-0", 0.5);
    await expectValue(page, "sample_loss", -Math.log(0.5), 1e-12, at(1));
    await expect(preset).toHaveValue("");
    const shown = await preset.evaluate((select) => select.options[select.selectedIndex].text);
    expect(shown).toBe("Choose an example…");
    // Chosen again, then left by a change that is not a slider: the input kind.
    await preset.selectOption("1");
    await expect(preset).toHaveValue("1");
    await page.getByTestId("input-kind").selectOption("logit");
    await expect(page.getByTestId("q-0-0")).toHaveAttribute("min", "-10");
    await expect(preset).toHaveValue("");
  });

  test("a batch of 3 samples is the mean of its losses and survives a reload", async ({ page }) => {
    await open(page, "view=single-label&lang=en");
    await page.getByTestId("add-sample").click();
    await page.getByTestId("add-sample").click();
    await setInput(page, "label-1", "0");
    await setInput(page, "q-1-0", 0.7);
    await setInput(page, "label-2", "2");
    await setInput(page, "q-2-0", 0.9);
    await expect.poll(() => params(page).get("labels")).toBe("1,0,2");
    await expect.poll(() => params(page).get("q")?.split(";").length).toBe(3);
    await expect.poll(() => params(page).get("q")?.split(";")[2].split(",")[0]).toBe("0.9");
    const losses = (await values(page, "sample_loss")).map(Number);
    expect(losses).toHaveLength(3);
    expect(losses[1]).toBeCloseTo(-Math.log(0.7), 12);
    const mean = losses.reduce((a, b) => a + b, 0) / 3;
    await expectValue(page, "batch_loss", mean, 1e-15);
    const before = await values(page, "sample_loss");
    const batch = await value(page, "batch_loss");

    await page.reload();
    await expect(page.locator("section.view")).toHaveAttribute("data-view", "single-label");
    await expect(page.locator('[data-quantity="sample_loss"]')).toHaveCount(3);
    expect(await values(page, "sample_loss")).toEqual(before);
    expect(await value(page, "batch_loss")).toBe(batch);
    await expect(page.getByTestId("label-2")).toHaveValue("2");
  });

  test("with input=logit the rows are logits and a softmax is applied", async ({ page }) => {
    await open(page, "view=single-label&lang=en&input=logit&q=0,1,0&labels=1");
    const want = Math.log(2 + Math.E) - 1; // -log softmax(0, 1, 0)[1]
    await expectValue(page, "sample_loss", want, 1e-12, at(0));
    await expect(page.locator(".lesson-single-label")).toContainText("softmax → q = 0.5761");
    await setInput(page, "q-0-1", 2);
    await expectValue(page, "batch_loss", Math.log(2 + Math.exp(2)) - 2, 1e-12);
    await expect.poll(() => params(page).get("q")).toBe("0,2,0");

    // Switching the default to logits keeps the prediction and its loss.
    await open(page, "view=single-label&lang=en");
    await page.getByTestId("input-kind").selectOption("logit");
    await expect.poll(() => params(page).get("input")).toBe("logit");
    await expectValue(page, "batch_loss", SINGLE_LOSS, 1e-12);
  });

  test("a certain mistake is infinite", async ({ page }) => {
    await open(page, "view=single-label&lang=en&labels=2&q=0.5,0.5,0");
    await expectValue(page, "sample_loss", Infinity, 0, at(0));
    await expect(page.locator('[data-quantity="batch_loss"]')).toHaveText("∞");
    await expect(page.locator(".infinity-note")).toBeVisible();
  });

  test("class names are text, never markup", async ({ page }) => {
    const dialogs = refuseDialogs(page);
    await open(page, "view=single-label&lang=en");
    await setInput(page, "class-name-0", XSS_NAME);
    await expect(page.getByTestId("label-0").locator("option").first()).toHaveText(XSS_NAME);
    await expect(page.locator(".batch-table")).toContainText(`q(${XSS_NAME})`);
    await expect.poll(() => params(page).get("classes")).toBe(`${XSS_NAME},frog,mouse`);
    await expect(page.locator("section.view img")).toHaveCount(0);

    // The same name from a link.
    await page.reload();
    await expect(page.getByTestId("class-name-0")).toHaveValue(XSS_NAME);
    await setInput(page, "label-0", "0");
    await expect(page.locator(".sample-loss")).toContainText(`q(${XSS_NAME})`);
    await expect(page.locator("section.view img")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("classes and samples can be added and removed within 2..8 and 1..8", async ({ page }) => {
    await open(page, "view=single-label&lang=en");
    await expect(page.getByTestId("remove-sample")).toBeDisabled();
    await page.getByTestId("add-outcome").click();
    await expect(page.getByTestId("q-0-3")).toBeAttached();
    await expect(page.getByTestId("class-name-3")).toHaveValue("class 4");
    // Default names follow the reader's language, so they stay out of the link.
    await expect.poll(() => params(page).get("q")?.split(",").length).toBe(4);
    expect(params(page).get("classes")).toBeNull();
    // The new class took a quarter; the true class kept its share of the rest.
    await expectValue(page, "sample_loss", -Math.log(0.6 * 0.75), 1e-12, at(0));
    for (let k = 0; k < 2; k++) await page.getByTestId("remove-outcome").click();
    await expect(page.getByTestId("remove-outcome")).toBeDisabled();
    await expect(page.getByTestId("q-0-2")).toHaveCount(0);
    for (let k = 0; k < 7; k++) await page.getByTestId("add-sample").click();
    await expect(page.getByTestId("add-sample")).toBeDisabled();
    await expect(page.locator('[data-quantity="sample_loss"]')).toHaveCount(8);
  });

  test("the CSV has a row per sample and class, with logits when the rows are logits", async ({ page }) => {
    await open(page, "view=single-label&lang=en&input=logit&q=0,1,0;1,0,0&labels=1,0");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-csv").click(),
    ]);
    const csv = fs.readFileSync(await download.path(), "utf8").trim().split("\r\n");
    expect(csv).toHaveLength(1 + 2 * 3);
    expect(csv[0]).toBe(
      "sample,class,y,z,q,-y ln q (nats),sample loss (nats),batch loss (nats)",
    );
    const frog = csv[2].split(",");
    expect(frog.slice(0, 4)).toEqual(["1", "frog", "1", "1"]);
    expect(Number(frog[5])).toBeCloseTo(Math.log(2 + Math.E) - 1, 14);
    expect(Number(csv[1].split(",")[5])).toBe(0); // y = 0: the term vanishes
  });

  test("losses follow the unit", async ({ page }) => {
    await open(page, "view=single-label&lang=en&unit=bits");
    await expectValue(page, "batch_loss", SINGLE_LOSS / Math.LN2, 1e-15);
    await expect(page.locator(".double-sum")).toContainText("log₂ 0.6000");
  });

  test("Chinese", async ({ page }) => {
    await open(page, "view=single-label&lang=zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator(".lesson-single-label")).toContainText("批次损失");
    await expectValue(page, "batch_loss", SINGLE_LOSS, 0);
  });
});

test.describe("multi-label", () => {
  test("the default is the tutorial's sample", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    // ln(1 − q) is taken with log1p, and 1 − 0.1 is not the double 0.9: the cat node may
    // differ from −ln 0.9 in the 17th digit.
    for (const [i, loss] of NODE_LOSSES.entries()) {
      await expectValue(page, "node_loss", loss, 1e-15, at(0, i));
    }
    await expectValue(page, "sample_loss", SAMPLE_LOSS, 0, at(0));
    await expectValue(page, "batch_loss_sum", SAMPLE_LOSS, 0);
    await expectValue(page, "batch_loss", SAMPLE_LOSS, 0);
    await expect(page.locator(`[data-quantity="sample_loss"]${at(0)}`)).toHaveText("0.6852");
    await expect(page.locator(`[data-quantity="node_loss"]${at(0, 1)}`)).toHaveText("0.3567");
    // Keras reports the mean over the nodes.
    await expect(page.locator(`[data-quantity="keras_sample_loss"]${at(0)}`)).toHaveText("0.2284");
    await expect(page.getByTestId("y-0-0")).not.toBeChecked();
    await expect(page.getByTestId("y-0-1")).toBeChecked();
    await expect(page.getByTestId("reduction")).toHaveValue("sum");
    await expect(page.locator(".reduction-card.chosen")).toContainText("PyTorch with reduction='sum'");
    await expect(page.locator('canvas[data-chart="batch-losses"]')).toBeVisible();
  });

  test("with m >= 2 the three reductions differ by the factors m and m·n", async ({ page }) => {
    await open(page, "view=multi-label&lang=en&y=0,1,1;1,0,0&q=0.1,0.7,0.8;0.6,0.2,0.3");
    const [m, n] = [2, 3];
    await expect(page.locator('[data-quantity="sample_loss"]')).toHaveCount(m);
    const samples = (await values(page, "sample_loss")).map(Number);
    const sum = await value(page, "batch_loss_sum");
    const overSamples = await value(page, "batch_loss_mean_over_samples");
    const overElements = await value(page, "batch_loss_mean_over_elements");
    expect(sum).toBeCloseTo(samples[0] + samples[1], 14);
    expect(sum / overSamples).toBeCloseTo(m, 12);
    expect(sum / overElements).toBeCloseTo(m * n, 12);
    expect(overSamples).not.toBeCloseTo(overElements, 3);
    await expect(page.locator(".lesson-multi-label")).toContainText(
      "the sum is 2 times the mean over samples and 6 times the mean over all elements",
    );
  });

  test("the reduction select picks batch_loss", async ({ page }) => {
    await open(page, "view=multi-label&lang=en&y=0,1,1;1,0,0&q=0.1,0.7,0.8;0.6,0.2,0.3");
    for (const reduction of ["mean_over_elements", "mean_over_samples", "sum"]) {
      await page.getByTestId("reduction").selectOption(reduction);
      const want = await value(page, `batch_loss_${reduction}`);
      await expectValue(page, "batch_loss", want, 0);
      await expect.poll(() => params(page).get("reduction")).toBe(reduction);
    }
    await page.getByTestId("reduction").selectOption("mean_over_elements");
    await expect(page.locator(".reduction-card.chosen")).toContainText("BCELoss");
  });

  test("sliders and checkboxes update node losses and the URL", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    await setInput(page, "q-0-1", 0.9);
    await expectValue(page, "node_loss", -Math.log(0.9), 1e-15, at(0, 1));
    await expect.poll(() => params(page).get("q")).toBe("0.1,0.9,0.8");
    // The written-out sum and the table follow the slider: −ln 0.9 = 0.1054.
    const sum = page.locator(".double-sum");
    await expect(sum).toContainText("(0·ln 0.1000 + 1·ln 0.9000)");
    await expect(sum).toContainText("(1·ln 0.9000 + 0·ln 0.1000)");
    await expect(sum).toContainText("= 0.1054 + 0.1054 + 0.2231");
    await expect(page.locator(".batch-table tbody tr").nth(1)).toContainText("0.9000");
    await page.getByTestId("y-0-0").check();
    await expectValue(page, "node_loss", -Math.log(0.1), 1e-15, at(0, 0));
    await expect.poll(() => params(page).get("y")).toBe("1,1,1");
    // A changed label changes which term of its node vanishes, and the table's label column.
    await expect(sum).toContainText("(1·ln 0.1000 + 0·ln 0.9000)");
    await expect(sum.locator(".term-vanishes")).toHaveCount(3);
    await expect(page.locator(".batch-table tbody tr").first().locator("td").nth(1)).toHaveText("1");
    // Predictions are independent: they need not sum to 1.
    await expect(page.getByTestId("q-0-2-number")).toHaveValue("0.8");
  });

  test("the preset menu keeps its example across a reduction change, not across a checkbox", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    const preset = page.getByTestId("preset");
    await preset.selectOption("1");
    await expect(page.getByTestId("q-2-0-number")).toHaveValue("0.9");
    await expect(preset).toHaveValue("1");
    // The reduction is the reader's choice, not part of the example.
    await page.getByTestId("reduction").selectOption("mean_over_samples");
    await expect.poll(() => params(page).get("reduction")).toBe("mean_over_samples");
    await expect(preset).toHaveValue("1");
    await page.getByTestId("y-0-0").check();
    await expect.poll(() => params(page).get("y")?.split(";")[0]).toBe("1,1,1");
    await expect(preset).toHaveValue("");
  });

  test("a batch of 3 samples survives a reload", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    await page.getByTestId("add-sample").click();
    await page.getByTestId("add-sample").click();
    await setInput(page, "q-1-0", 0.3);
    await page.getByTestId("y-2-0").check();
    await setInput(page, "q-2-2", 0.65);
    await page.getByTestId("reduction").selectOption("mean_over_samples");
    // New samples have one node on, cycling through the nodes; sample 3 then gets the cat too.
    await expect.poll(() => params(page).get("y")).toBe("0,1,1;0,1,0;1,0,1");
    await expect.poll(() => params(page).get("q")).toBe("0.1,0.7,0.8;0.3,0.5,0.5;0.5,0.5,0.65");
    await expect.poll(() => params(page).get("reduction")).toBe("mean_over_samples");
    const before = {
      nodes: await values(page, "node_loss"),
      samples: await values(page, "sample_loss"),
      batch: await value(page, "batch_loss"),
    };
    expect(before.nodes).toHaveLength(9);

    await page.reload();
    await expect(page.locator('[data-quantity="sample_loss"]')).toHaveCount(3);
    expect(await values(page, "node_loss")).toEqual(before.nodes);
    expect(await values(page, "sample_loss")).toEqual(before.samples);
    expect(await value(page, "batch_loss")).toBe(before.batch);
    await expect(page.getByTestId("reduction")).toHaveValue("mean_over_samples");
  });

  test("with input=logit each node applies a sigmoid", async ({ page }) => {
    await open(page, "view=multi-label&lang=en&input=logit&y=0,1,1&q=0,0,0");
    for (let i = 0; i < 3; i++) await expectValue(page, "node_loss", Math.LN2, 1e-15, at(0, i));
    await expectValue(page, "sample_loss", 3 * Math.LN2, 1e-14, at(0));
    await expect(page.locator(".lesson-multi-label")).toContainText("sigmoid → q = 0.5000");
    await setInput(page, "q-0-1", 3);
    await expectValue(page, "node_loss", Math.log1p(Math.exp(-3)), 1e-15, at(0, 1));

    // Switching the default to logits keeps its numbers.
    await open(page, "view=multi-label&lang=en");
    await page.getByTestId("input-kind").selectOption("logit");
    await expect.poll(() => params(page).get("input")).toBe("logit");
    await expectValue(page, "sample_loss", SAMPLE_LOSS, 1e-12, at(0));
  });

  test("an infinite loss shows what PyTorch and Keras would report", async ({ page }) => {
    await open(page, "view=multi-label&lang=en&y=0,1,1&q=0.1,0.7,0");
    await expectValue(page, "node_loss", Infinity, 0, at(0, 2));
    await expect(page.locator(`[data-quantity="node_loss"]${at(0, 2)}`)).toHaveText("∞");
    await expectValue(page, "sample_loss", Infinity, 0, at(0));
    await expectValue(page, "pytorch_node_loss", 100, 0, at(0, 2));
    await expectValue(page, "keras_node_loss", 16.118095650958317, 1e-12, at(0, 2));
    await expect(page.locator(".library-values")).toContainText("clamps each log at −100");
    const keras = await value(page, "keras_sample_loss", at(0));
    expect(keras).toBeCloseTo((NODE_LOSSES[0] + NODE_LOSSES[1] + 16.118095650958317) / 3, 12);
    // Back to a finite prediction: the library table goes away.
    await setInput(page, "q-0-2", 0.8);
    await expectValue(page, "sample_loss", SAMPLE_LOSS, 1e-15, at(0));
    await expect(page.locator(".library-values")).toHaveCount(0);
  });

  test("class names are text, never markup", async ({ page }) => {
    const dialogs = refuseDialogs(page);
    const encoded = encodeURIComponent(XSS_NAME);
    await open(page, `view=multi-label&lang=en&classes=${encoded},frog,mouse`);
    await expect(page.locator(".node-label").first()).toContainText(`${XSS_NAME} is in the picture`);
    await expect(page.locator(".batch-table")).toContainText(XSS_NAME);
    await expect(page.locator("section.view img")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("the CSV has a header and a row per sample and node at full precision", async ({ page }) => {
    await open(page, "view=multi-label&lang=en");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-csv").click(),
    ]);
    const csv = fs.readFileSync(await download.path(), "utf8").trim().split("\r\n");
    expect(csv).toHaveLength(1 + 3);
    expect(csv[0]).toMatch(/^sample,class,y,q,node loss \(nats\),sample loss \(nats\)/);
    expect(csv[2]).toContain(String(NODE_LOSSES[1]));
    expect(csv[2]).toContain(String(SAMPLE_LOSS));
  });

  test("Chinese", async ({ page }) => {
    await open(page, "view=multi-label&lang=zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator(".lesson-multi-label")).toContainText("二元交叉熵");
    await expectValue(page, "sample_loss", SAMPLE_LOSS, 0, at(0));
  });
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  const full = (rows, width, fill) => Array.from({ length: rows }, () => Array(width).fill(fill).join(",")).join(";");

  for (const lang of ["en", "zh"]) {
    test(`the batch views do not scroll sideways (${lang})`, async ({ page }) => {
      await open(page, `view=single-label&lang=${lang}&labels=0,1,2,3,4,5,6,7&q=${full(8, 8, 0.125)}`);
      await expect(page.locator('[data-quantity="sample_loss"]')).toHaveCount(8);
      await expectNoPageOverflow(page);
      // The wide table scrolls inside its wrapper instead.
      const wrap = page.locator(".table-wrap").last();
      expect(await wrap.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);

      await open(page, `view=multi-label&lang=${lang}&y=${full(8, 8, 1)}&q=${full(8, 8, 0.5)}`);
      await expect(page.locator('[data-quantity="node_loss"]')).toHaveCount(64);
      await expectNoPageOverflow(page);
    });
  }
});

test.describe("default class names (contract v3)", () => {
  for (const view of ["single-label", "multi-label"]) {
    test(`${view}: follow the reader's language and stay out of links`, async ({ page }) => {
      await open(page, `view=${view}&lang=zh`);
      await expect(page.getByTestId("class-name-0")).toHaveValue("猫");
      await expect(page.getByTestId("class-name-1")).toHaveValue("青蛙");
      await expect(page.getByTestId("class-name-2")).toHaveValue("老鼠");
      const lesson = page.locator("section.view");
      for (const word of ["cat", "frog", "mouse"]) await expect(lesson).not.toContainText(word);
      // The same link in English shows the English names: the link never fixed them.
      await page.getByTestId("lang").selectOption("en");
      await expect(page.getByTestId("class-name-1")).toHaveValue("frog");
      await expect.poll(() => params(page).get("lang")).toBe("en");
      expect(params(page).get("classes")).toBeNull();
      // A name the reader gives is theirs: it goes into the link and stays in either language.
      await setInput(page, "class-name-1", "toad");
      await expect.poll(() => params(page).get("classes")).toBe("cat,toad,mouse");
      await page.getByTestId("lang").selectOption("zh");
      await expect(page.getByTestId("class-name-0")).toHaveValue("cat");
    });
  }
});

test.describe("single-label: what your library expects", () => {
  const softmax = (z) => {
    const top = Math.max(...z);
    const e = z.map((x) => Math.exp(x - top));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / total);
  };
  /** The full-precision value of the doubled-softmax readout (not a contract quantity). */
  const doubled = (page) =>
    page.getByTestId("double-softmax-loss").getAttribute("data-value").then(Number);

  test("a softmax applied twice reports another loss; the batch loss stays −ln softmax(z)₀", async ({ page }) => {
    await open(page, "view=single-label&lang=en&input=logit&q=2,1,0.1&labels=0");
    const z = [2, 1, 0.1];
    const right = -Math.log(softmax(z)[0]);
    const twice = -Math.log(softmax(softmax(z))[0]);
    await expectValue(page, "batch_loss", right, 1e-12);
    const readout = page.getByTestId("double-softmax-loss");
    await expect(readout).toBeVisible();
    await expect.poll(() => doubled(page)).toBeCloseTo(twice, 12);
    await expect(readout).toHaveText(twice.toFixed(4));
    // The readout is the section's own: the contract's quantities are untouched.
    expect(await readout.getAttribute("data-quantity")).toBeNull();
    await expect(page.locator('[data-quantity="batch_loss"]')).toHaveCount(1);
    const notes = page.locator(".library-notes");
    await expect(notes).toContainText("nn.CrossEntropyLoss");
    await expect(notes).toContainText("from_logits=True");
    // In bits both follow the unit.
    await open(page, "view=single-label&lang=en&input=logit&q=2,1,0.1&labels=0&unit=bits");
    await expectValue(page, "batch_loss", right / Math.LN2, 1e-12);
    await expect.poll(() => doubled(page)).toBeCloseTo(twice / Math.LN2, 12);
  });

  test("with probabilities the second softmax is applied to them; Chinese", async ({ page }) => {
    await open(page, "view=single-label&lang=zh");
    const q = [0.3, 0.6, 0.1];
    await expectValue(page, "batch_loss", SINGLE_LOSS, 0);
    await expect.poll(() => doubled(page)).toBeCloseTo(-Math.log(softmax(q)[1]), 12);
    const notes = page.locator(".library-notes");
    await expect(notes).toContainText("nn.CrossEntropyLoss");
    await expect(notes).toContainText("第一次 softmax 的结果");
    await expect(page.locator(".lesson-single-label")).toContainText("独热（one-hot）");
  });
});

test.describe("multi-label library columns (issue 21)", () => {
  // y = 1, q = 0 for the cat: a certain mistake; the frog and the mouse are finite.
  const QUERY = "view=multi-label&y=1,0,0&q=0,0.7,0.8";
  const node = (j, i) => `[data-index="${j}"][data-node="${i}"]`;
  const KERAS_NATS = -Math.log(1e-7); // Keras clips q to 1e-7: 16.118 nats
  const PYTORCH_NATS = 100; // PyTorch's BCELoss clamps each log at −100

  test("under bits the PyTorch and Keras columns stay in nats, labelled so", async ({ page }) => {
    await open(page, `${QUERY}&lang=en&unit=bits`);
    // The exact losses follow the unit.
    await expectValue(page, "node_loss", Infinity, 0, node(0, 0));
    await expectValue(page, "node_loss", -Math.log2(0.3), 1e-12, node(0, 1));
    await expectValue(page, "node_loss", -Math.log2(0.2), 1e-12, node(0, 2));
    await expectValue(page, "sample_loss", Infinity, 0, '[data-index="0"]');
    // The libraries' numbers are the ones they print: nats, not 144.27 bits.
    await expectValue(page, "pytorch_node_loss", PYTORCH_NATS, 0, node(0, 0));
    await expectValue(page, "keras_node_loss", KERAS_NATS, 1e-12, node(0, 0));
    await expect(page.locator('[data-quantity="pytorch_node_loss"]')).toHaveCount(1);
    // What Keras reports per sample (the mean over the nodes, clipped) is in nats as well.
    const kerasMean = (KERAS_NATS - Math.log(0.3) - Math.log(0.2)) / 3;
    await expectValue(page, "keras_sample_loss", kerasMean, 1e-12, '[data-index="0"]');
    await expect(page.locator(".keras-loss")).toContainText("nats");
    await expect(page.locator(".batch-table thead")).toContainText("Keras (mean, nats)");
    const head = page.locator(".library-values thead");
    await expect(head).toContainText("PyTorch BCELoss (nats)");
    await expect(head).toContainText("Keras (nats)");
    await expect(head).not.toContainText("bits");
  });

  test("switching the unit changes the exact losses, not the library columns", async ({ page }) => {
    await open(page, `${QUERY}&lang=en&unit=bits`);
    await expectValue(page, "node_loss", -Math.log2(0.3), 1e-12, node(0, 1));
    const inBits = {
      pytorch: await value(page, "pytorch_node_loss", node(0, 0)),
      keras: await value(page, "keras_node_loss", node(0, 0)),
    };
    await page.getByTestId("unit").selectOption("nats");
    await expect.poll(() => params(page).get("unit") ?? "nats").toBe("nats");
    await expectValue(page, "node_loss", -Math.log(0.3), 1e-12, node(0, 1));
    expect(await value(page, "pytorch_node_loss", node(0, 0))).toBe(inBits.pytorch);
    expect(await value(page, "keras_node_loss", node(0, 0))).toBe(inBits.keras);
    await expect(page.locator(".library-values thead")).toContainText("Keras (nats)");
  });

  test("Chinese: the columns say 奈特 under bits too", async ({ page }) => {
    await open(page, `${QUERY}&lang=zh&unit=bits`);
    await expectValue(page, "pytorch_node_loss", PYTORCH_NATS, 0, node(0, 0));
    const head = page.locator(".library-values thead");
    await expect(head).toContainText("PyTorch BCELoss（奈特）");
    await expect(head).toContainText("Keras（奈特）");
    await expect(head).not.toContainText("比特");
  });
});
