// Read aloud, with a stand-in for the device's speech engine (installed before the app starts):
// articles are read in their language and in order, phrase cards are said with a Norwegian
// voice, a button shows only where a local voice exists, reading stops on leaving the page,
// and the controls work from the keyboard.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { L, LANGS } from "./fixtures.mjs";
import { newContext, pickLanguage, rendered, startBoth, stopBoth, withPage } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

const voice = (uri, lang, localService = true) => ({ voiceURI: uri, name: uri, lang, localService, default: false });
/** A remote voice first (it must never be used), then one local voice per language. */
const ALL_VOICES = [
  voice("remote-uk", "uk-UA", false),
  voice("remote-nb", "nb-NO", false),
  voice("local-uk", "uk-UA"),
  voice("local-ru", "ru-RU"),
  voice("local-en", "en-GB"),
  voice("local-nb", "nb-NO"),
];
const LOCAL = { uk: "local-uk", ru: "local-ru", en: "local-en", nb: "local-nb" };

/**
 * Runs in the page before the app: a `speechSynthesis` that records every utterance (its text,
 * language, voice, and the block marked on the page while it was spoken) and "speaks" each for
 * `window.__speechMs`. `voices: null` removes the engine altogether.
 */
function standIn({ voices, lateMs }) {
  if (voices === null) {
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
    return;
  }
  const spoken = (window.__spoken = []);
  window.__cancels = 0;
  window.__speechMs = 30;
  let list = lateMs ? [] : voices;
  let current = null;
  let timer = null;
  const synth = {
    speaking: false,
    pending: false,
    onvoiceschanged: null,
    getVoices: () => list,
    speak(u) {
      const entry = { text: u.text, lang: u.lang, voice: u.voice ? u.voice.voiceURI : null };
      spoken.push(entry);
      current = u;
      synth.speaking = true;
      timer = setTimeout(() => {
        const marked = document.querySelector(".reading");
        const box = marked?.getBoundingClientRect();
        entry.at = marked?.dataset.say ?? null;
        entry.inView = !!box && box.bottom > 0 && box.top < innerHeight;
        current = null;
        synth.speaking = false;
        u.onend?.(new Event("end"));
      }, window.__speechMs);
    },
    cancel() {
      window.__cancels += 1;
      clearTimeout(timer);
      const u = current;
      current = null;
      synth.speaking = false;
      // As Chrome does: the interrupted utterance reports an error.
      u?.onerror?.(Object.assign(new Event("error"), { error: "interrupted" }));
    },
    pause() {},
    resume() {},
  };
  Object.defineProperty(window, "speechSynthesis", { configurable: true, value: synth });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      Object.assign(this, { text, lang: "", voice: null, onend: null, onerror: null });
    }
  };
  if (lateMs) {
    setTimeout(() => {
      list = voices;
      synth.onvoiceschanged?.(new Event("voiceschanged"));
    }, lateMs);
  }
}

/** A page whose browser has the stand-in engine with `voices`. */
async function withSpeech(voices, options, fn, lateMs = 0) {
  return withPage(browser, server, options, async (ctx) => {
    await ctx.context.addInitScript(standIn, { voices, lateMs });
    return fn(ctx);
  });
}

const spoken = (page) => page.evaluate(() => window.__spoken);

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now (needs `bypassCSP`). */
async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
const readButton = (page, lang) => page.getByRole("button", { name: L[lang].speech.read, exact: true });

/** Waits until the reading started by the test has ended (its Stop button is gone). */
async function readToEnd(page, lang) {
  await page.getByRole("button", { name: L[lang].speech.stop, exact: true }).waitFor({ state: "detached", timeout: 60_000 });
}

for (const lang of LANGS) {
  test(`${lang}: an article is read aloud in its language, in order, block by block`, async () => {
    await withSpeech(ALL_VOICES, { viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
      await page.goto(`/${lang}/step/registration`);
      await rendered(page);
      await readButton(page, lang).click();
      await readToEnd(page, lang);
      const lines = await spoken(page);
      assert.ok(lines.length > 10, `${lines.length} lines`);
      for (const l of lines) {
        assert.equal(l.voice, LOCAL[lang], `never a remote voice: ${JSON.stringify(l)}`);
        assert.equal(l.lang, ALL_VOICES.find((v) => v.voiceURI === LOCAL[lang]).lang);
        assert.ok(!/\[(src|tel|link):/.test(l.text), l.text);
        assert.ok(l.inView, `the block being read is on screen: ${l.at}`);
      }
      // Title, summary, then the body's blocks in order, each marked while it is read.
      assert.equal(lines[0].text, `${L[lang].step.registration.title}.`);
      assert.equal(lines[0].at, "a-0");
      assert.equal(lines[1].at, "a-1");
      const order = lines.map((l) => Number(l.at.slice(2)));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), "blocks in page order");
      const blocks = await page.locator("[data-say^='a-']").count();
      assert.equal(order.at(-1), blocks - 1, "read to the last block");
      // Not the navigation, the tasks or the sources.
      const all = lines.map((l) => l.text).join(" ");
      assert.ok(!all.includes(L[lang].article.next_step), "no navigation");
      // Each line is the text of the block marked while it was read (where the block has no
      // number, date or link, which are said differently from how they are written).
      const shown = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll("[data-say]")].map((e) => [
          e.dataset.say,
          /\d/.test(e.textContent) || e.querySelector("a:not(.ref)") ? null : e.textContent.replace(/\s+/g, " "),
        ])),
      );
      let compared = 0;
      for (const l of lines.filter((l) => shown[l.at])) {
        assert.ok(shown[l.at].includes(l.text.replace(/\.$/, "").slice(0, 40)), `${l.at}: ${l.text}`);
        compared += 1;
      }
      assert.ok(compared > 3, `${compared} lines compared with the page`);
      assert.equal(await page.locator(".reading").count(), 0, "the mark goes when reading ends");
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.foreign, [], "no request leaves the app");
    });
  });
}

test("a phrase card is said with a Norwegian voice, from the card and full screen", async () => {
  // Only a Nynorsk voice: Norwegian is Norwegian.
  const voices = [voice("remote-nb", "nb-NO", false), voice("local-nn", "nn-NO"), voice("local-uk", "uk-UA")];
  await withSpeech(voices, { bypassCSP: true }, async ({ page, problems }) => {
    await page.goto("/uk/phrases");
    await rendered(page);
    const card = page.locator("#p-register");
    await card.getByRole("button", { name: L.uk.speech.say_nb }).click();
    await page.waitForFunction(() => window.__spoken.length === 1 && window.__spoken[0].at !== undefined);
    let [said] = await spoken(page);
    assert.equal(said.voice, "local-nn");
    assert.equal(said.lang, "nn-NO");
    assert.equal(said.text.replace(/\.$/, ""), L.nb.phrase.register.replace(/\.$/, ""));
    // The full-screen view has the button too.
    await card.getByRole("button", { name: L.uk.phrases.show }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: L.uk.speech.say_nb }).click();
    await page.waitForFunction(() => window.__spoken.length === 2);
    said = (await spoken(page))[1];
    assert.equal(said.voice, "local-nn");
    assert.equal(said.text.replace(/\.$/, ""), L.nb.phrase.register.replace(/\.$/, ""));
    assert.deepEqual(await axe(page), [], "the phrase page with its buttons and the full-screen view");
    assert.deepEqual(problems.errors, []);
  });
});

test("'Show in Norwegian' reads the Norwegian column with the Norwegian voice", async () => {
  // Ukrainian page, only a Norwegian voice: the article's own button is absent, the column's is there.
  await withSpeech([voice("local-nb", "nb-NO")], { bypassCSP: true }, async ({ page }) => {
    await page.goto("/uk/step/registration");
    await rendered(page);
    await page.getByRole("button", { name: L.uk.staff.show }).click();
    assert.equal(await readButton(page, "uk").count(), 0, "no Ukrainian voice, no Ukrainian reading");
    await page.evaluate(() => (window.__speechMs = 300));
    await page.getByRole("button", { name: L.uk.speech.read_nb }).click();
    await page.waitForFunction(() => document.querySelector(".staff-view .reading"));
    assert.deepEqual(await axe(page), [], "the bilingual view with a block marked");
    await page.evaluate(() => (window.__speechMs = 5));
    await readToEnd(page, "uk");
    const lines = await spoken(page);
    assert.equal(lines[0].text, `${L.nb.step.registration.title}.`);
    assert.ok(lines.every((l) => l.voice === "local-nb" && l.at.startsWith("nb-")));
    assert.ok(!lines.some((l) => l.at === "nb-1"), "the column has no summary");
  });
});

for (const [what, voices] of [
  ["no engine at all", null],
  ["no voices", []],
  ["only remote voices", ALL_VOICES.filter((v) => !v.localService)],
]) {
  test(`no button that does nothing: ${what}`, async () => {
    await withSpeech(voices, {}, async ({ page, problems }) => {
      await page.goto("/en/step/registration");
      await rendered(page);
      await page.getByRole("button", { name: L.en.staff.show }).click();
      await page.locator(".staff-view").waitFor();
      // Give late voices their chance: the page has settled.
      await page.waitForTimeout(500);
      for (const name of [L.en.speech.read, L.en.speech.read_nb]) {
        assert.equal(await page.getByRole("button", { name, exact: true }).count(), 0, name);
      }
      await page.goto("/en/phrases");
      await rendered(page);
      await page.locator("#p-register").waitFor();
      assert.equal(await page.getByRole("button", { name: L.en.speech.say_nb }).count(), 0);
      assert.deepEqual(problems.errors, []);
    });
  });
}

test("voices that arrive late (voiceschanged) bring the button", async () => {
  await withSpeech(ALL_VOICES, {}, async ({ page }) => {
    await page.goto("/en/step/registration");
    await rendered(page);
    assert.equal(await readButton(page, "en").count(), 0);
    await readButton(page, "en").waitFor();
  }, 1500);
});

test("reading stops when the person leaves the page or changes language", async () => {
  await withSpeech(ALL_VOICES, {}, async ({ page }) => {
    await page.goto("/en/step/registration");
    await rendered(page);
    await page.evaluate(() => (window.__speechMs = 400));
    await readButton(page, "en").click();
    await page.waitForFunction(() => window.__spoken.length >= 1);
    const cancels = await page.evaluate(() => window.__cancels);
    await page.locator("a.step-link.next").click();
    await page.waitForURL(/tb-test/);
    await rendered(page);
    await page.waitForFunction((c) => window.__cancels > c, cancels);
    const count = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    assert.equal((await spoken(page)).length, count, "nothing more is said");
    assert.equal(await page.locator(".reading").count(), 0);
    // Changing language stops it too.
    await readButton(page, "en").click();
    await page.waitForFunction((n) => window.__spoken.length > n, count);
    await pickLanguage(page, "Norsk bokmål");
    await page.waitForURL(/\/nb\//);
    await readButton(page, "nb").waitFor();
    const after = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    assert.equal((await spoken(page)).length, after, "nothing more is said after the switch");
  });
});

test("the controls work from the keyboard and have names; pause, continue, stop", async () => {
  await withSpeech(ALL_VOICES, { bypassCSP: true }, async ({ page }) => {
    await page.goto("/en/step/registration");
    await rendered(page);
    await page.evaluate(() => (window.__speechMs = 600));
    const primary = readButton(page, "en");
    await primary.focus();
    await page.keyboard.press("Enter");
    const pause = page.getByRole("button", { name: L.en.speech.pause, exact: true });
    await pause.waitFor();
    assert.ok(await pause.evaluate((b) => b === document.activeElement), "focus stays on the control");
    await page.waitForFunction(() => document.querySelector(".reading"));
    // The page with a block marked still meets WCAG 2.1 AA.
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press(" ");
    const resume = page.getByRole("button", { name: L.en.speech.resume, exact: true });
    await resume.waitFor();
    const paused = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    assert.equal((await spoken(page)).length, paused, "paused: nothing more is said");
    await page.keyboard.press("Enter");
    await pause.waitFor();
    await page.waitForFunction((n) => window.__spoken.length > n, paused);
    const all = await spoken(page);
    assert.equal(all.at(-1).text, all.at(-2).text, "continues with the line it paused on");
    // Tab to Stop, press it: reading ends and focus goes back to the first button.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), L.en.speech.stop);
    await page.keyboard.press("Enter");
    await primary.waitFor();
    assert.ok(await primary.evaluate((b) => b === document.activeElement), "focus returns to Read aloud");
    assert.equal(await page.locator(".reading").count(), 0);
    // Focus on Stop when the reading ends by itself: it goes back to the first button too.
    await page.keyboard.press("Enter");
    await pause.waitFor();
    await page.keyboard.press("Tab");
    await page.evaluate(() => (window.__speechMs = 5));
    await readToEnd(page, "en");
    await primary.waitFor();
    assert.ok(await primary.evaluate((b) => b === document.activeElement), "focus is not lost when Stop goes");
  });
});
