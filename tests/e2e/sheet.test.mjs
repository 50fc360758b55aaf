// The printable QR codes: Chromium prints the sheet and the poster to PDF, poppler's pdftoppm
// draws each page, and jsQR reads every code back. Each must open this deployment's own address
// (its origin and base path), in the sheet's language; six codes a page and none split.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { L, STEPS, TOPICS } from "./fixtures.mjs";
import { Server, launch, newContext, rendered } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST_BASE = process.env.E2E_DIST_BASE || join(ROOT, "target/dist-base");
const BASE = "/veiviser/";

let browser, server;
before(async () => {
  browser = await launch();
  server = await Server.start(DIST_BASE, { base: BASE });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Prints the page to PDF as a person would (A4, the page's own print CSS) and reads every code;
 * `printed` is the PDF's text with its whitespace removed (a wrapped address joined again). */
async function printAndRead(page) {
  const dir = mkdtempSync(join(tmpdir(), "veiviser-pdf-"));
  const pdf = join(dir, "print.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", preferCSSPageSize: true }));
  execFileSync("pdftoppm", ["-r", "110", "-png", pdf, join(dir, "page")]);
  const pages = readdirSync(dir).filter((f) => f.endsWith(".png")).sort();
  const codes = pages.map((f) => readCodes(PNG.sync.read(readFileSync(join(dir, f)))));
  const printed = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, "");
  return Object.assign(codes, { printed });
}

/**
 * Every QR code on one A4 page image, read cell by cell: the print CSS puts the sheet in two
 * columns of rows 88 mm high from the 10 mm top margin (jsQR reads one code per image). A code cut
 * by a page break cannot be read whole from any cell.
 */
function readCodes(png) {
  const mm = png.height / 297;
  const found = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 2; col++) {
      const x0 = col * Math.floor(png.width / 2), w = Math.floor(png.width / 2);
      const y0 = Math.round((10 + row * 88) * mm), h = Math.round(88 * mm);
      const cell = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h && y0 + y < png.height; y++) {
        const from = ((y0 + y) * png.width + x0) * 4;
        cell.set(png.data.subarray(from, from + w * 4), y * w * 4);
      }
      const code = jsQR(cell, w, h);
      if (code) found.push(code.data);
    }
  }
  // The poster: one code on the whole page.
  if (!found.length) {
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (code) found.push(code.data);
  }
  return found;
}

for (const [ui, lang] of [["uk", "uk"], ["nb", "nb"], ["nb", "uk"]]) {
  test(`the ${lang} QR sheet (from the ${ui} interface) prints on A4, six codes a page, each opening its page at this deployment`, async () => {
    const { context, problems } = await newContext(browser, server);
    try {
      const page = await context.newPage();
      await page.goto(server.url + `${BASE}${ui}/share/sheet`);
      await rendered(page);
      // A volunteer working in Norwegian prints a sheet in the language of the people beside them.
      if (lang !== ui) await page.getByLabel(L[ui].share.sheet_language).selectOption(lang);
      const entries = STEPS.length + TOPICS.length;
      assert.equal(await page.locator(".qr-entry svg.qr").count(), entries);
      const pages = await printAndRead(page);
      assert.equal(pages.length, Math.ceil(entries / 6), `pages: ${pages.map((p) => p.length)}`);
      for (const [i, codes] of pages.entries()) {
        assert.ok(codes.length <= 8 && (codes.length >= 6 || i === pages.length - 1), `page ${i + 1} has ${codes.length} codes`);
      }
      const want = [...STEPS.map((id) => `step/${id}`), ...TOPICS.map((id) => `topic/${id}`)].map((p) => `${server.url}${BASE}${lang}/${p}`);
      // Every code read back whole, once: none was cut by a page break.
      assert.deepEqual(pages.flat().sort(), [...want].sort());
      // Every address printed whole under its code, for a person who cannot scan it.
      const cut = want.filter((url) => !pages.printed.includes(url));
      assert.deepEqual(cut, [], "addresses not printed whole");
      // The titles in the sheet's language and in Norwegian, and the address as text.
      const first = page.locator(".qr-entry").first();
      await first.getByText(L[lang].step.registration.title, { exact: true }).waitFor();
      if (lang !== "nb") await first.getByText(L.nb.step.registration.title, { exact: true }).waitFor();
      await first.getByText(want[0], { exact: true }).waitFor();
      assert.deepEqual(problems.errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the poster prints on one page with one code for the guide and a line in each language", async () => {
  const { context } = await newContext(browser, server);
  try {
    const page = await context.newPage();
    await page.goto(server.url + `${BASE}en/share/poster`);
    await rendered(page);
    for (const lang of ["uk", "ru", "en", "nb"]) await page.locator(`.poster-line[lang=${lang}]`).getByText(L[lang].share.poster_line).waitFor();
    const pages = await printAndRead(page);
    assert.deepEqual([...pages], [[`${server.url}${BASE}`]]);
    assert.ok(pages.printed.includes(`${server.url}${BASE}`), "the address printed under the code");
  } finally {
    await context.close();
  }
});

test("the sheet works offline, from the app's own files", async () => {
  const own = await Server.start(DIST_BASE, { base: BASE });
  const { context } = await newContext(browser, own);
  try {
    const page = await context.newPage();
    await page.goto(own.url + `${BASE}ru/`);
    await rendered(page);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await rendered(page);
    await own.stop();
    await context.setOffline(true);
    await page.goto(own.url + `${BASE}ru/share/sheet`);
    await rendered(page);
    assert.equal(await page.locator(".qr-entry svg.qr").count(), STEPS.length + TOPICS.length);
  } finally {
    await context.close();
    await own.stop();
  }
});
