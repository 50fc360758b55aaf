// The phone shell (issue 27): a compact top bar with the language menu and the call button, the
// tab bar under the thumb, and a topic page that says which step it belongs to.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { L, LANGS, key } from "./fixtures.mjs";
import { axe, newContext, rendered, startBoth, stopBoth, withPage } from "./harness.mjs";

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

const PHONE = { width: 390, height: 844 };
const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

test("the first screen shows the page: the h1 starts at most 120 px down, the top bar is at most 56 px", async () => {
  for (const width of [320, 390]) {
    await withPage(browser, server, { viewport: { width, height: 844 } }, async ({ page }) => {
      for (const lang of ["uk", "nb"]) {
        for (const path of ["", "step/registration", "progress", "phrases"]) {
          await page.goto(`/${lang}/${path}`);
          await rendered(page);
          const bar = await page.locator(".top-bar").evaluate((el) => el.getBoundingClientRect().height);
          assert.ok(bar <= 56, `${width} px /${lang}/${path}: the top bar is ${bar} px`);
          const h1 = await top(page.locator("main h1"));
          if (width === PHONE.width) assert.ok(h1 <= 120, `/${lang}/${path}: the h1 starts ${h1} px down`);
        }
      }
    });
  }
});

test("the tabs take you to the four places and mark the one you are in", async () => {
  await withPage(browser, server, { viewport: PHONE }, async ({ page, problems }) => {
    await page.goto("/nb/step/eid");
    await rendered(page);
    const tabs = page.getByRole("navigation", { name: L.nb.tabs.label });
    const current = () => tabs.locator("[aria-current=page]").textContent();
    assert.equal(await current(), L.nb.tabs.journey, "a step is part of the journey");
    for (const [name, path, heading] of [
      [L.nb.tabs.checklist, "/nb/progress", L.nb.checklist.my_progress],
      [L.nb.tabs.phrases, "/nb/phrases", null],
      [L.nb.tabs.search, "/nb/search", L.nb.search.title],
      [L.nb.tabs.journey, "/nb/", null],
    ]) {
      await tabs.getByRole("link", { name }).click();
      await page.waitForURL((u) => u.pathname === path);
      if (heading) await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      assert.equal(await current(), name, `${path} marks its tab`);
      assert.equal(await tabs.locator("[aria-current]").count(), 1);
    }
    // Fixed at the bottom, within the screen, each target at least 48 px high.
    const box = await tabs.boundingBox();
    assert.ok(Math.abs(box.y + box.height - PHONE.height) <= 1, `the bar ends at ${box.y + box.height}`);
    for (const h of await tabs.getByRole("link").evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) {
      assert.ok(h >= 48, `a tab ${h} px high`);
    }
    // The footer keeps the rest; the tab bar is gone in print.
    for (const name of [L.nb.nav.about, L.nb.nav.accessibility, L.nb.checklist.settings, L.nb.nav.share]) {
      await page.locator("footer.site-footer").getByRole("link", { name }).waitFor();
    }
    await page.emulateMedia({ media: "print" });
    assert.equal(await tabs.isVisible(), false, "no tab bar on paper");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(problems.errors, []);
  });
});

test("the language menu works by keyboard: it opens, moves, closes on Escape and returns the focus", async () => {
  await withPage(browser, server, { viewport: PHONE }, async ({ page }) => {
    await page.goto("/en/phrases#p-register");
    await rendered(page);
    const button = page.getByRole("button", { name: `${L.en.nav.language}: English` });
    const focusedOn = (text) => page.waitForFunction((t) => document.activeElement.textContent.trim() === t, text);
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    const menu = page.getByRole("menu");
    await menu.waitFor();
    assert.equal(await menu.getByRole("menuitemradio").count(), 4);
    await page.waitForFunction(() => document.activeElement.textContent.trim() === "English");
    assert.equal(await menu.getByRole("menuitemradio", { checked: true }).textContent(), "English");
    await page.keyboard.press("ArrowDown");
    await focusedOn("Norsk bokmål");
    await page.keyboard.press("ArrowDown");
    await focusedOn("Українська");
    await page.keyboard.press("End");
    await focusedOn("Norsk bokmål");
    await page.keyboard.press("Escape");
    assert.equal(await menu.isVisible(), false);
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.evaluate(() => document.activeElement.id), "lang-button", "the focus is back on the button");
    // ArrowUp opens on the last; Enter follows it, to the same page and fragment.
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => document.activeElement.textContent.trim() === "Norsk bokmål");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/nb/phrases" && u.hash === "#p-register");
    await page.getByRole("button", { name: `${L.nb.nav.language}: Norsk bokmål` }).waitFor();
  });
});

test("the call button opens the emergency numbers and help lines, with their sources", async () => {
  await withPage(browser, server, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/step/settlement`);
      await rendered(page);
      const button = page.getByRole("button", { name: L[lang].call.open });
      assert.equal(await button.getAttribute("aria-expanded"), "false");
      await button.click();
      const panel = page.locator("#call-panel");
      await panel.getByRole("heading", { name: L[lang].call.title }).waitFor();
      const tels = await panel.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(tels, ["tel:112", "tel:113", "tel:116117", "tel:02800", "tel:+4723351500", "tel:+4740001960", "tel:+4780030300"]);
      const sources = await panel.locator(".call-sources").textContent();
      assert.ok(sources.includes(L[lang].publisher.unhcr), `${lang}: ${sources}`);
      await page.keyboard.press("Escape");
      assert.equal(await panel.isVisible(), false);
      // A click elsewhere closes it too.
      await button.click();
      await panel.waitFor();
      await page.mouse.click(4, 400);
      assert.equal(await panel.isVisible(), false);
    }
  });
});

test("a topic page says which step it is part of, or that it is for every step", async () => {
  await withPage(browser, server, {}, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/topic/waiting`);
      await rendered(page);
      const part = L[lang].article.part_of.replace("{{ n }}", "1").replace("{{ step }}", L[lang].step[key("registration")].title);
      const link = page.locator("article .eyebrow a");
      assert.equal((await link.textContent()).trim(), part);
      assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, `/${lang}/step/registration`);
      await page.goto(`/${lang}/topic/help`);
      await rendered(page);
      assert.equal((await page.locator("article .eyebrow").textContent()).trim(), L[lang].article.no_step);
    }
  });
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe: the open language menu and call panel, at 320 px (${colorScheme})`, async () => {
    const { context } = await newContext(browser, server, { bypassCSP: true, colorScheme, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const lang of LANGS) {
      await page.goto(`/${lang}/step/eid`);
      await rendered(page);
      await page.locator(".lang-menu button").click();
      await page.getByRole("menu").waitFor();
      assert.deepEqual(await axe(page), [], `${lang}: language menu`);
      await page.keyboard.press("Escape");
      await page.locator(".call-button").click();
      await page.locator(".call-panel a[href='tel:112']").waitFor();
      assert.deepEqual(await axe(page), [], `${lang}: call panel`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: the open panel scrolls sideways by ${overflow} px`);
    }
    await context.close();
  });
}

