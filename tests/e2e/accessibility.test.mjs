// WCAG 2.1 AA in the browser: axe-core on every route in every language (light and dark), no
// sideways scrolling at 320 px or with text at 200 %, and the whole app usable by keyboard.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { L, LANGS, PAGES } from "./fixtures.mjs";
import { axe, newContext, rendered, startBoth, stopBoth } from "./harness.mjs";

const ROUTES = [
  "", "about", "accessibility", "changes", "progress", "settings", "questions", "search?q=udi", "phrases", "share", "share/sheet",
  "share/poster", "no-such-page", "letters",
  ...PAGES.map(({ kind, id }) => `${kind}/${id}`),
];

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

for (const colorScheme of ["light", "dark"]) {
  test(`axe: no WCAG 2.1 AA violation on any route in any language (${colorScheme})`, async () => {
    // The test injects axe as a script: let it past the CSP in this context only.
    const { context } = await newContext(browser, server, { bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const failures = [];
    for (const lang of colorScheme === "light" ? LANGS : ["uk", "en"]) {
      for (const route of ROUTES) {
        await page.goto(`/${lang}/${route}`);
        await rendered(page);
        const v = await axe(page);
        if (v.length) failures.push(`/${lang}/${route}: ${v.join("; ")}`);
      }
    }
    assert.deepEqual(failures, []);
    await context.close();
  });
}

test("axe: open states too (QR code and its language, show to staff from uk and nb, hidden tasks, full-screen phrase, appointment card)", async () => {
  const { context } = await newContext(browser, server, { bypassCSP: true });
  const page = await context.newPage();
  await page.goto("/uk/step/registration");
  await page.locator("#t-registration-place").getByRole("button", { name: L.uk.checklist.add_appointment }).click();
  await page.locator("#date-registration-place").fill("2025-01-02");
  await page.locator("#date-registration-place").dispatchEvent("change");
  await page.getByRole("button", { name: L.uk.share.qr_show }).click();
  await page.getByRole("button", { name: L.uk.staff.show }).first().click();
  assert.deepEqual(await axe(page), []);
  await page.goto("/nb/step/tb-test");
  await page.getByRole("group", { name: L.nb.staff.beside }).getByRole("button", { name: "Українська" }).click();
  await page.getByRole("button", { name: L.nb.share.qr_show }).click();
  await page.getByLabel(L.nb.share.qr_language).selectOption("uk");
  assert.deepEqual(await axe(page), []);
  await page.goto("/uk/settings");
  await page.getByLabel(L.uk.questions.no_children).check();
  await page.getByRole("button", { name: L.uk.questions.save }).click();
  await page.goto("/uk/step/settlement");
  await page.locator(".hidden-tasks summary").click();
  assert.deepEqual(await axe(page), []);
  await page.goto("/uk/phrases");
  await page.getByRole("button", { name: L.uk.phrases.show }).first().click();
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("no page scrolls sideways at 320 px, or with text at 200 %", async () => {
  const { context } = await newContext(browser, server, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const failures = [];
  for (const lang of ["uk", "nb"]) {
    for (const route of ROUTES) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${lang}/${route}`);
      await rendered(page);
      if ((await overflow()) > 0) failures.push(`320px /${lang}/${route}`);
      // 200 % zoom of a 1280 px window is a 640 px layout with doubled text.
      await page.setViewportSize({ width: 640, height: 640 });
      await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      if ((await overflow()) > 0) failures.push(`200% /${lang}/${route}`);
    }
  }
  assert.deepEqual(failures, []);
  await context.close();
});

test("keyboard only: skip link, tick a task, switch language, open help and search, with visible focus", async () => {
  const { context } = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/en/step/tb-test");
  await rendered(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { text: el.textContent.trim(), id: el.id, tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
  await page.keyboard.press("Tab");
  let f = await focused();
  assert.equal(f.text, L.en.skip_to_content, "the skip link comes first");
  assert.notEqual(f.outline, "none");
  await page.keyboard.press("Enter");
  assert.equal((await focused()).id, "main");

  // Tab to the task's checkbox and tick it with the space bar.
  for (let i = 0; i < 60 && (await focused()).id !== "task-tb-test"; i++) await page.keyboard.press("Tab");
  f = await focused();
  assert.equal(f.id, "task-tb-test");
  assert.notEqual(f.outline, "none", "focus is visible");
  await page.keyboard.press("Space");
  assert.ok(await page.locator("#task-tb-test").isChecked());

  // Back up to the language switcher and choose Norwegian.
  await page.locator(".lang-menu button").focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/nb/step/tb-test");

  // Help: the call button opens the numbers, with the way to all of them.
  await page.locator(".call-button").focus();
  await page.keyboard.press("Enter");
  await page.locator(".call-panel a[href='/nb/topic/help']").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: L.nb.topic.help.title }).waitFor();

  // Search from home, typing and pressing Enter.
  await page.goto("/nb/");
  await page.getByLabel(L.nb.search.label).focus();
  await page.keyboard.type("oppholdskort");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/nb/search?q=oppholdskort");
  await page.locator(".hits li").first().waitFor();
  await context.close();
});

test("reduced motion and dark mode are honoured", async () => {
  const { context } = await newContext(browser, server, { colorScheme: "dark", reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/en/");
  await rendered(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(18, 20, 23)");
  const anim = await page.evaluate(() => getComputedStyle(document.querySelector("a")).transitionDuration);
  assert.match(anim, /^0s/);
  await context.close();
});
