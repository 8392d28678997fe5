// Step 6, mse-vs-ce: why classifiers train on cross-entropy. Readouts, the three loss charts,
// the training race and its replay, links, languages, reduced motion and small screens.
import { test, expect, open, value, expectValue, setInput, params } from "./fixtures.mjs";

const TIGHT = 1e-12;
const CE_DEFAULT = 0.35667494393873245; // -ln 0.7

/** The race's chart wrapper, which says whether the replay is playing or done. */
const race = (page) => page.getByTestId("race");

/** Records every value the race's data-replay attribute takes from now on. */
async function recordReplayStates(page) {
  await race(page).evaluate((element) => {
    window.__replayStates = [];
    new MutationObserver(() => window.__replayStates.push(element.dataset.replay)).observe(element, {
      attributes: true,
      attributeFilter: ["data-replay"],
    });
  });
}

/** Resolves after two animation frames: every frame the replay had scheduled has run. */
async function twoFrames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test("the defaults show the tutorial's numbers", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  await expectValue(page, "probability_true", 0.7, TIGHT);
  await expectValue(page, "cross_entropy", CE_DEFAULT, TIGHT);
  await expectValue(page, "squared_error", 0.14, TIGHT);
  await expectValue(page, "grad_cross_entropy_z", -0.3, TIGHT);
  await expectValue(page, "grad_squared_error_z", -0.196, TIGHT);
  await expectValue(page, "race_steps_cross_entropy", 5);
  await expectValue(page, "race_steps_squared_error", 13);
  await expect(page.locator('[data-quantity="squared_error"]')).toHaveText("0.1400");
  for (const chart of ["loss-vs-probability", "loss-vs-logit", "gradient-vs-logit", "race"]) {
    await expect(page.locator(`canvas[data-chart="${chart}"]`)).toHaveCount(1);
    await expect(page.locator(`canvas[data-chart="${chart}"]`)).toHaveAttribute("aria-label", /\d/);
  }
  await expect(page.locator('canvas[data-chart="loss-vs-probability"]')).toHaveAttribute("aria-label", /0\.7000/);
  await expect(page.getByTestId("true-class")).toHaveValue("0");
  await expect(page.getByTestId("substituted")).toContainText("0.1400");
  await expect(page.locator(".nats-note")).toContainText("nats");
  await expect(page.locator(".nats-note")).toContainText("no unit");
  // Libraries average over the 3 classes too: SE/n = 0.14 / 3.
  await expect(page.getByTestId("library-mse")).toContainText("SE/n = 0.1400/3 = 0.0467");
});

test("the reader counts classes from 1; the link and the controls keep 0-based indices", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  const trueClass = page.getByTestId("true-class");
  await expect(trueClass).toHaveValue("2");
  await expect(trueClass.locator("option:checked")).toHaveText("class 3");
  await expect(trueClass.locator("option").first()).toHaveText("class 1");
  await expect(page.getByTestId("substituted")).toContainText("t = 3:");
  await expect(page.locator("table.mse-table tbody tr").first().locator("td").first()).toContainText("class 1");
  await expect(page.locator(".lesson-mse")).not.toContainText("class 0");
  await expect(page.getByTestId("z-0")).toHaveCount(1);
  await expect(page.getByTestId("z-3")).toHaveCount(0);
});

test("in bits the cross-entropy follows the unit; squared error and gradients do not change", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&unit=bits");
  await expectValue(page, "cross_entropy", CE_DEFAULT / Math.LN2, TIGHT);
  await expectValue(page, "squared_error", 0.14, TIGHT);
  await expectValue(page, "grad_cross_entropy_z", -0.3, TIGHT);
  await expectValue(page, "grad_squared_error_z", -0.196, TIGHT);
  await page.getByTestId("unit").selectOption("nats");
  await expectValue(page, "cross_entropy", CE_DEFAULT, TIGHT);
});

test("moving a logit moves the readouts and the URL", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  await setInput(page, "z-0", 1);
  // z = 1, ln 0.2, ln 0.1: q_0 = e / (e + 0.3).
  const q = Math.E / (Math.E + 0.3);
  await expectValue(page, "probability_true", q, 1e-12);
  await expectValue(page, "cross_entropy", -Math.log(q), 1e-12);
  await expectValue(page, "grad_cross_entropy_z", q - 1, 1e-12);
  const se = await value(page, "squared_error");
  await expectValue(page, "grad_squared_error_z", -2 * q * se, 1e-12);
  await expect.poll(() => params(page).get("z")?.split(",")[0]).toBe("1");
  expect(params(page).get("view")).toBe("mse-vs-ce");
  await expect(page.getByTestId("z-0-number")).toHaveValue("1");
});

test("confidently wrong: cross-entropy wins the race, 11 steps against 87", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  await page.getByTestId("preset").selectOption("1");
  await expect(page.getByTestId("true-class")).toHaveValue("2");
  await expectValue(page, "race_steps_cross_entropy", 11);
  await expectValue(page, "race_steps_squared_error", 87);
  await expect.poll(() => params(page).get("z")).toBe("0,0,-5");
  expect(params(page).get("y")).toBe("2");
  const ce = await value(page, "race_steps_cross_entropy");
  const se = await value(page, "race_steps_squared_error");
  expect(ce).toBeLessThan(se);
  // Confidently wrong: CE's gradient near -1, squared error's near 0.
  expect(await value(page, "grad_cross_entropy_z")).toBeLessThan(-0.99);
  expect(Math.abs(await value(page, "grad_squared_error_z"))).toBeLessThan(0.011);
  await expect(page.locator(".race-verdict")).toContainText("11");
});

test("the confident-wrong link reproduces the race", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  await expectValue(page, "race_steps_cross_entropy", 11);
  await expectValue(page, "race_steps_squared_error", 87);
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
  await expect(race(page)).toHaveAttribute("data-shown-steps", "87");
  await expect(page.locator('canvas[data-chart="race"]')).toHaveAttribute("aria-label", /11.*87/);
});

test("a race that cannot finish within the cap shows infinity", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-10&lr=0.1");
  await expectValue(page, "race_steps_cross_entropy", 145);
  const readout = page.locator('[data-quantity="race_steps_squared_error"]');
  await expect(readout).toHaveAttribute("data-value", "inf");
  await expect(readout).toHaveText("∞");
  await expect(page.locator(".infinity-note")).toContainText("10000");
  await expect(page.getByTestId("input-error")).toHaveCount(0);
});

test("changing the true class changes every readout and the URL", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  await page.getByTestId("true-class").selectOption("1");
  await expectValue(page, "probability_true", 0.2, 1e-12);
  await expectValue(page, "cross_entropy", -Math.log(0.2), 1e-12);
  await expectValue(page, "grad_cross_entropy_z", -0.8, 1e-12);
  // SE = 0.7² + 0.8² + 0.1²; its gradient -2 q SE.
  await expectValue(page, "squared_error", 0.49 + 0.64 + 0.01, 1e-12);
  await expectValue(page, "grad_squared_error_z", -2 * 0.2 * 1.14, 1e-12);
  await expect(page.getByTestId("library-mse")).toContainText("SE/n = 1.1400/3 = 0.3800");
  await expectValue(page, "race_steps_cross_entropy", 7);
  await expectValue(page, "race_steps_squared_error", 16);
  await expect.poll(() => params(page).get("y")).toBe("1");
  await expect(page.locator("table.mse-table tbody tr").nth(1)).toHaveClass(/highlight/);
});

test("the learning rate comes from the link and goes back into it", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5&lr=0.5");
  await expect(page.getByTestId("learning-rate-number")).toHaveValue("0.5");
  await expectValue(page, "race_steps_cross_entropy", 22);
  await expectValue(page, "race_steps_squared_error", 173);
  await setInput(page, "learning-rate", 1);
  await expectValue(page, "race_steps_cross_entropy", 11);
  await expectValue(page, "race_steps_squared_error", 87);
  await expect.poll(() => params(page).get("lr")).toBe("1");
});

test("an unusable learning rate in the link falls back with a message", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&lr=-3");
  await expect(page.getByTestId("input-error")).toContainText("lr");
  await expectValue(page, "race_steps_cross_entropy", 5);
});

test("race-start replays the race; the step counts stay", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
  await recordReplayStates(page);
  await page.getByTestId("race-start").click();
  // The replay shows its first step on the next frame: until then the race still reads done.
  await expect.poll(() => page.evaluate(() => window.__replayStates)).toContain("playing");
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
  await expect(page.locator('canvas[data-chart="race"]')).toHaveCount(1);
  await expect(race(page)).toHaveAttribute("data-shown-steps", "87");
  await expectValue(page, "race_steps_cross_entropy", 11);
  await expectValue(page, "race_steps_squared_error", 87);
});

test("the readouts do not wait for the replay", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  await page.getByTestId("preset").selectOption("1");
  // The final counts are there while the replay is still playing.
  await expect
    .poll(() =>
      page.evaluate(() => [
        document.querySelector('[data-testid="race"]').dataset.replay,
        document.querySelector('[data-quantity="race_steps_squared_error"]').dataset.value,
      ]),
    )
    .toEqual(["playing", "87"]);
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
});

test("a preset picked as the page loads replays its race", async ({ page }) => {
  // The race the lesson opens with is not a change of the reader's: a preset picked within the
  // drag gap (250 ms) of the first race still replays instead of counting as a drag.
  await page.addInitScript(() => {
    window.__replayStates = [];
    const pick = new MutationObserver(() => {
      const race = document.querySelector('[data-testid="race"][data-replay]');
      const preset = document.querySelector('[data-testid="preset"]');
      if (!race || !preset) return;
      pick.disconnect();
      const shownAt = performance.now();
      new MutationObserver(() => window.__replayStates.push(race.dataset.replay)).observe(race, {
        attributes: true,
        attributeFilter: ["data-replay"],
      });
      // A frame after the first race: the page is up, well within the drag gap.
      requestAnimationFrame(() => {
        window.__pickedAfterMs = performance.now() - shownAt;
        // Only what follows the pick counts: the race may already be playing its first run
        // when it appears (the lesson builds its lower part a task later).
        window.__replayStates = [];
        preset.value = "1";
        preset.dispatchEvent(new Event("input", { bubbles: true }));
        // A replay is playing two frames later; a drag would show the end at once ("done").
        requestAnimationFrame(() =>
          requestAnimationFrame(() => window.__replayStates.push(race.dataset.replay)),
        );
      });
    });
    pick.observe(document, { childList: true, subtree: true, attributes: true });
  });
  await open(page, "view=mse-vs-ce&lang=en");
  await expectValue(page, "race_steps_squared_error", 87);
  await expect.poll(() => page.evaluate(() => window.__replayStates)).toContain("playing");
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
  expect(await page.evaluate(() => window.__pickedAfterMs)).toBeLessThan(250);
});

test("with reduced motion the race shows its end at once", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  await expect(race(page)).toHaveAttribute("data-replay", "done");
  await expect(race(page)).toHaveAttribute("data-shown-steps", "87");
  await recordReplayStates(page);
  await page.getByTestId("race-start").click();
  await setInput(page, "z-0", 0.5);
  await twoFrames(page);
  await twoFrames(page);
  expect(await page.evaluate(() => window.__replayStates)).not.toContain("playing");
  await expect(race(page)).toHaveAttribute("data-replay", "done");
});

test("a dragged logit shows the whole race at once; a single change replays it", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
  // A drag: the slider's input events come a frame or two apart. After the first the replay
  // starts; from the second on the race shows its end. Each move records how long after the
  // one before it came, and how long after it the state was read: on a loaded machine two
  // frames can take longer than the drag gap (250 ms), and such a move is rightly no drag.
  const moves = await page.evaluate(async () => {
    const input = document.querySelector('[data-testid="z-2"]');
    const replay = () => document.querySelector('[data-testid="race"]').dataset.replay;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const seen = [];
    let last = -Infinity;
    for (const z of [-4.8, -4.6, -4.4, -4.2, -4.0, -3.8, -3.6]) {
      const at = performance.now();
      input.value = String(z);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
      await frame();
      seen.push({ state: replay(), gap: at - last, readAfter: performance.now() - at });
      last = at;
    }
    return seen;
  });
  // The first move comes long after the page's own race: a replay (600 ms at least) starts.
  if (moves[0].readAfter < 500) expect(moves[0].state).toBe("playing");
  const drags = moves.slice(1).filter((move) => move.gap < 200);
  expect(drags.length, JSON.stringify(moves)).toBeGreaterThanOrEqual(3);
  for (const move of drags) expect(move.state, JSON.stringify(moves)).toBe("done");
  const longest = Math.max(await value(page, "race_steps_cross_entropy"), await value(page, "race_steps_squared_error"));
  await expect(race(page)).toHaveAttribute("data-shown-steps", String(longest));
  // A change after a pause replays the race again.
  await page.waitForTimeout(400);
  await recordReplayStates(page);
  await setInput(page, "z-2", -5);
  // The replay shows its first step on the next frame: until then the race still reads "done".
  await expect
    .poll(() => page.evaluate(() => window.__replayStates), { message: JSON.stringify(moves) })
    .toContain("playing");
  await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
});

test("outcomes can be added up to 8 and removed down to 2", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en&y=2&z=0,0,-5");
  for (let n = 4; n <= 8; n++) {
    await page.getByTestId("add-outcome").click();
    await expect(page.getByTestId(`z-${n - 1}`)).toBeVisible();
  }
  await expect(page.getByTestId("add-outcome")).toBeDisabled();
  await expect.poll(() => params(page).get("z")?.split(",").length).toBe(8);
  // The newcomers copy the lowest logit, -5: q_2 = e^-5 / (2 + 6 e^-5).
  await expectValue(page, "probability_true", Math.exp(-5) / (2 + 6 * Math.exp(-5)), 1e-12);
  for (let n = 7; n >= 2; n--) await page.getByTestId("remove-outcome").click();
  await expect(page.getByTestId("remove-outcome")).toBeDisabled();
  await expect(page.getByTestId("z-2")).toHaveCount(0);
  // The true class was removed with its logit: the last remaining class takes its place.
  await expect(page.getByTestId("true-class")).toHaveValue("1");
  await expectValue(page, "probability_true", 0.5, 1e-12);
});

test("the numbers download as CSV at full precision", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=en");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toBe("class,y,z,q,dCE/dz (nats),dSE/dz");
  expect(lines[1].startsWith("0,1,-0.35667494393873245,")).toBe(true);
  expect(text).toContain("cross_entropy (nats),0.35667494393873245");
  expect(text).toContain("race_steps_cross_entropy,5");
  expect(text).toContain("race_steps_squared_error,13");
});

test("in Chinese the lesson reads in Chinese with the same numbers", async ({ page }) => {
  await open(page, "view=mse-vs-ce&lang=zh&y=2&z=0,0,-5");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("#view-title")).toHaveText("为什么不用均方误差？");
  await expect(page.getByTestId("race-start")).toHaveText("重新播放");
  await expect(page.locator(".race-verdict")).toContainText("交叉熵获胜");
  await expectValue(page, "race_steps_cross_entropy", 11);
  await expectValue(page, "race_steps_squared_error", 87);
  await expect(page.locator('canvas[data-chart="race"]')).toHaveAttribute("aria-label", /学习率/);
  await expect(page.getByTestId("preset").locator('option[value="1"]')).toHaveText(/^自信地猜错/);
  await expect(page.getByTestId("true-class").locator("option:checked")).toHaveText("类别 3");
  await expect(page.getByTestId("library-mse")).toContainText("MSELoss");
  await page.getByTestId("lang").selectOption("en");
  await expect(page.getByTestId("race-start")).toHaveText("Replay the race");
  await expectValue(page, "race_steps_squared_error", 87);
});

for (const lang of ["en", "zh"]) {
  test(`no horizontal overflow at 375 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, `view=mse-vs-ce&lang=${lang}&z=0,0,-5,1,2,3,4,-1&y=2`);
    await expect(race(page)).toHaveAttribute("data-replay", "done", { timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
