// Embedding: a course page on another origin embeds two views that size themselves to fit, and
// the "copy embed code" control gives a snippet that works pasted into a plain page.
import { test, expect, open, FIXTURE_ORIGIN } from "./fixtures.mjs";

/** Keeps a pasted page from asking its server for /favicon.ico (a 404 is a console error). */
const NO_ICON = '<link rel="icon" href="data:,">';

/** Lets the page talk to the fixture origin (the course page) and the app origin (the frames). */
function allowBothOrigins(baseURL) {
  test.info().annotations.push(
    { type: "allow-origin", description: FIXTURE_ORIGIN },
    { type: "allow-origin", description: new URL(baseURL).origin },
  );
}

/**
 * The sizes that matter for one iframe: its height on the parent page, the height of the app's
 * content inside it, how far the document inside scrolls, and where the last line of the
 * content (the "open in Cross-Entropy Lab" link) ends.
 */
async function frameSizes(iframe) {
  const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inside = await frame.evaluate(() => {
    const app = document.querySelector(".app");
    const link = document.querySelector(".open-in-lab");
    return {
      ready: !!document.querySelector("section.view") && !!app && !!link,
      content: app ? app.getBoundingClientRect().height : 0,
      scroll: document.documentElement.scrollHeight,
      linkBottom: link ? link.getBoundingClientRect().bottom + window.scrollY : 0,
    };
  });
  return { frameHeight, ...inside };
}

/** True when the frame is as tall as its content (within 3 px) and nothing inside scrolls. */
function fits(s) {
  return (
    s.ready &&
    Math.abs(s.frameHeight - s.content) <= 3 &&
    s.scroll <= s.frameHeight + 1 &&
    s.linkBottom <= s.frameHeight + 1 &&
    s.frameHeight - s.linkBottom <= 48
  );
}

async function expectAllFit(page, count) {
  const iframes = page.locator("iframe");
  await expect(iframes).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    // Its whole content first: the lower part and the practice come after the readouts (in a
    // frame off screen, which gets no animation frames, after a second).
    const pending = '.lesson-loading, [data-testid="later-pending"], [data-testid="practice-pending"]';
    await expect(iframes.nth(i).contentFrame().locator(pending)).toHaveCount(0);
    await expect
      .poll(async () => {
        const s = await frameSizes(iframes.nth(i));
        return fits(s) ? "fits" : JSON.stringify(s);
      }, { message: `iframe ${i} should be as tall as its content` })
      .toBe("fits");
  }
}

/** Samples the iframes' heights for `ms` on the parent page: they must not change at all. */
async function expectStable(page, ms = 1000) {
  const result = await page.evaluate(async (duration) => {
    const frames = [...document.querySelectorAll("iframe")];
    const heights = () => frames.map((f) => f.getBoundingClientRect().height);
    const first = heights();
    const messagesBefore = (window.heightMessages ?? []).length;
    const changes = [];
    const start = performance.now();
    while (performance.now() - start < duration) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = heights();
      if (now.some((h, i) => h !== first[i])) changes.push(now);
    }
    return { first, changes, newMessages: (window.heightMessages ?? []).length - messagesBefore };
  }, ms);
  expect(result.changes, `heights changed after settling at ${result.first}`).toEqual([]);
  expect(result.newMessages, "height messages kept coming after the frames settled").toBe(0);
  return result.first;
}

test("two cross-origin embeds on a course page each resize to fit and stay put", async ({ page, baseURL }) => {
  allowBothOrigins(baseURL);
  await page.goto(`${FIXTURE_ORIGIN}/course.html?app=${encodeURIComponent(baseURL)}`);
  const iframes = page.locator("iframe");
  await expect(iframes).toHaveCount(2);
  // Really cross-origin: the frames are on the app's origin, the page on the fixture's.
  expect(new URL(page.url()).origin).toBe(FIXTURE_ORIGIN);
  for (let i = 0; i < 2; i++) {
    const src = await iframes.nth(i).getAttribute("src");
    expect(new URL(src).origin).toBe(new URL(baseURL).origin);
    await expect(iframes.nth(i).contentFrame().locator("section.view")).toBeVisible();
  }
  await expectAllFit(page, 2);
  const settled = await expectStable(page);

  // Each frame got its own messages, told apart by event.source, with the right type.
  const messages = await page.evaluate(() => window.heightMessages);
  expect(new Set(messages.map((m) => m.frame))).toEqual(new Set([0, 1]));
  for (const m of messages) {
    expect(m.origin).toBe(new URL(baseURL).origin);
    expect(m.data.type).toBe("xent-lab:height");
    expect(Number.isFinite(m.data.height) && m.data.height > 0).toBe(true);
  }
  // Each frame's height is its own: the last message of each frame is its iframe's height.
  for (let i = 0; i < 2; i++) {
    const last = messages.filter((m) => m.frame === i).at(-1);
    expect(Math.abs(last.data.height - settled[i])).toBeLessThanOrEqual(1);
  }

  // A narrow course page makes the content taller, a wide one shorter again: the frames follow
  // both ways (a height in vh or % inside the frame would only ever grow).
  await page.setViewportSize({ width: 420, height: 900 });
  await expectAllFit(page, 2);
  const narrow = await expectStable(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAllFit(page, 2);
  const wide = await expectStable(page);
  expect(narrow[0]).toBeGreaterThan(wide[0]);
  expect(Math.abs(wide[0] - settled[0])).toBeLessThanOrEqual(3);
});

test("an embed follows its content when the reader changes the view inside it", async ({ page, baseURL }) => {
  allowBothOrigins(baseURL);
  await page.goto(`${FIXTURE_ORIGIN}/course.html?app=${encodeURIComponent(baseURL)}&views=information,information`);
  await expectAllFit(page, 2);
  const before = await expectStable(page);
  // Two frames of the same view: a change in the first must not resize the second.
  const first = page.locator("iframe").first().contentFrame();
  await first.getByTestId("p-0").evaluate((el) => {
    el.value = "1";
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // p = 1 adds the note on certain events: the first frame grows, the second stays.
  await expect(first.locator("[data-quantity=information]")).toHaveAttribute("data-value", /^-?0$/);
  await expectAllFit(page, 2);
  const after = await expectStable(page);
  expect(after[0]).toBeGreaterThan(before[0]);
  expect(after[1]).toBe(before[1]);
});

/** Clicks "copy embed code" and returns the snippet it shows. */
async function copyEmbedCode(page) {
  await page.getByTestId("embed-code").click();
  const text = page.getByTestId("embed-code-text");
  await expect(text).toBeVisible();
  return text.inputValue();
}

/** The attributes of the snippet's iframe, read by the browser's own HTML parser. */
async function parseSnippet(page, snippet) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const frames = [...doc.querySelectorAll("iframe")];
    return {
      frames: frames.length,
      attrs: frames[0] ? Object.fromEntries([...frames[0].attributes].map((a) => [a.name, a.value])) : {},
      scripts: [...doc.querySelectorAll("script")].map((s) => s.textContent),
      otherElements: [...doc.querySelectorAll("body *")].filter((e) => !["IFRAME", "SCRIPT"].includes(e.tagName)).length,
    };
  }, snippet);
}

test("copy embed code gives the snippet the contract describes, for the current state", async ({ page, baseURL, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "view=information&p=0.4&lang=en&unit=bits");
  const snippet = await copyEmbedCode(page);
  const { frames, attrs, scripts, otherElements } = await parseSnippet(page, snippet);
  expect(frames).toBe(1);
  expect(otherElements).toBe(0);
  const src = new URL(attrs.src);
  expect(src.origin).toBe(new URL(baseURL).origin);
  expect(src.searchParams.get("embed")).toBe("1");
  expect(src.searchParams.get("view")).toBe("information");
  expect(src.searchParams.get("p")).toBe("0.4");
  expect(src.searchParams.get("unit")).toBe("bits");
  expect(src.searchParams.get("lang")).toBe("en");
  expect(attrs.title).toBe("Cross-Entropy Lab: Information content");
  expect(attrs.loading).toBe("lazy");
  expect(attrs.allow).toContain("clipboard-write");
  // A fixed height in pixels, so the frame works where scripts are stripped.
  expect(attrs.height).toMatch(/^\d+$/);
  expect(Number(attrs.height)).toBeGreaterThanOrEqual(200);
  expect(attrs.style ?? "").not.toMatch(/height|vh/);
  // The optional parent script: applies height messages to the frame that sent them.
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toContain("xent-lab:height");
  expect(scripts[0]).toContain("event.source");
  // The clipboard holds the same text.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test("the course page's frames use the app's own snippet markup", async ({ page, baseURL }) => {
  allowBothOrigins(baseURL);
  await open(page, "view=entropy&lang=en");
  const snippet = await copyEmbedCode(page);
  await page.goto(`${FIXTURE_ORIGIN}/course.html?app=${encodeURIComponent(baseURL)}&views=information,entropy`);
  const inserted = await page.evaluate(() => window.embedSnippets);
  const onCourse = await parseSnippet(page, inserted[1]);
  expect(new URL(onCourse.attrs.src).searchParams.get("view")).toBe("entropy");
  expect(new URL(onCourse.attrs.src).searchParams.get("embed")).toBe("1");
  // The same markup, character for character, apart from the state in src and the height.
  const shape = (html) => html.match(/<iframe[\s\S]*?<\/iframe>/)[0]
    .replace(/ src="[^"]*"/, ' src="…"')
    .replace(/ height="\d+"/, ' height="…"');
  expect(shape(inserted[1])).toBe(shape(snippet));
  // And the page's last script is the snippet's parent script, verbatim.
  const parentScript = await page.locator("script").last().textContent();
  expect(snippet).toContain(`<script>${parentScript}</script>`);
});

test("the embed code follows a move made just before the click", async ({ page }) => {
  await open(page, "view=information&lang=en");
  // Two moves, then the click as soon as the app has handled them (the next task): the second
  // move is still inside the URL throttle's 250 ms when the button is pressed.
  await page.evaluate(async () => {
    const slider = document.querySelector('[data-testid="p-0"]');
    for (const v of ["0.2", "0.123"]) {
      slider.value = v;
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      slider.dispatchEvent(new Event("change", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    }
    document.querySelector('[data-testid="embed-code"]').click();
  });
  const snippet = await page.getByTestId("embed-code-text").inputValue();
  const src = new URL((await parseSnippet(page, snippet)).attrs.src);
  expect(src.searchParams.get("p")).toBe("0.123");
});

test("the snippet pasted into a plain page on another origin shows the view, sized to fit", async ({ page, baseURL }) => {
  allowBothOrigins(baseURL);
  await open(page, "view=information&p=0.125&lang=en");
  const snippet = await copyEmbedCode(page);
  await page.goto(`${FIXTURE_ORIGIN}/blank.html`);
  await page.setContent(`<!doctype html><html><head>${NO_ICON}</head><body><h1>My course</h1><p>Before.</p>\n${snippet}\n<p>After.</p></body></html>`);
  expect(new URL(page.url()).origin).toBe(FIXTURE_ORIGIN);
  const frame = page.locator("iframe").contentFrame();
  await expect(frame.locator("section.view")).toHaveAttribute("data-view", "information");
  await expect(frame.locator("[data-quantity=information]")).toHaveAttribute("data-value", String(Math.log(8)));
  await expect(frame.getByRole("link", { name: /Open in Cross-Entropy Lab/ })).toBeVisible();
  await expect(frame.locator("nav.toc")).toHaveCount(0);
  await expectAllFit(page, 1);
  await expectStable(page);
});

test("the snippet without its script still shows the view at its fixed height", async ({ page, baseURL }) => {
  allowBothOrigins(baseURL);
  await open(page, "view=information&p=0.5&lang=en");
  const snippet = await copyEmbedCode(page);
  // Course platforms often strip scripts: keep only the iframe.
  const iframeOnly = snippet.match(/<iframe[\s\S]*?<\/iframe>/)[0];
  const fixed = Number(iframeOnly.match(/height="(\d+)"/)[1]);
  await page.goto(`${FIXTURE_ORIGIN}/blank.html`);
  await page.setContent(`<!doctype html><html><head>${NO_ICON}</head><body>${iframeOnly}</body></html>`);
  const frame = page.locator("iframe").contentFrame();
  await expect(frame.locator("section.view")).toBeVisible();
  await expect(frame.locator("[data-quantity=information]")).toHaveAttribute("data-value", String(Math.LN2));
  // Give the frame time to post its height: nothing on the page applies it.
  await expect.poll(() => frame.locator(".app").evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(0);
  const height = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
  expect(height).toBe(fixed);
});
