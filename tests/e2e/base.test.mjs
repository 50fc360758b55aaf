// Veiviser at a sub-path (/veiviser/), as an NGO would host it: behind the shipped nginx config,
// and on a plain static server with no rewrites and no headers (npm http-server, like GitHub
// Pages or a bucket). The build is `VEIVISER_BASE=/veiviser/ bash scripts/build.sh`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { L } from "./fixtures.mjs";
import { Server, expectText, freePort, launch, newContext, pickLanguage, rendered, updateBanner, waitForController } from "./harness.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST_BASE = process.env.E2E_DIST_BASE || join(ROOT, "target/dist-base");
const BASE = "/veiviser/";

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

/** A plain static file server (npm http-server) over a site root that holds the build at /veiviser/. */
class StaticServer {
  static async start(dist = DIST_BASE) {
    const site = mkdtempSync(join(tmpdir(), "veiviser-static-"));
    symlinkSync(dist, join(site, "veiviser"));
    // What a deployer sets as the host's error page (GitHub Pages: 404.html at the site root).
    symlinkSync(join(dist, "404.html"), join(site, "404.html"));
    const server = new StaticServer();
    server.port = await freePort();
    server.url = `http://127.0.0.1:${server.port}`;
    const bin = join(ROOT, "node_modules/.bin/http-server");
    server.proc = spawn(bin, [site, "-a", "127.0.0.1", "-p", String(server.port), "-c-1", "-s", "--no-dotfiles"], { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      if (await fetch(server.url + BASE).then((r) => r.ok, () => false)) return server;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    server.proc.kill();
    throw new Error("http-server did not start");
  }
  async stop() {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((ok) => this.proc.once("exit", ok));
    this.proc.kill();
    await exited;
  }
}

/** Every same-origin link on the page, as pathnames. */
const links = (page) =>
  page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => new URL(a.href)).filter((u) => u.origin === location.origin).map((u) => u.pathname));

/**
 * The core flows at the base on any server: a first visit of a deep link (the pre-rendered page,
 * then the app), the service worker in control with the base as its scope, a language switch,
 * every link inside the base, and, with the server stopped, an offline reload and a deep link.
 */
async function coreFlows(server) {
  const { context, problems } = await newContext(browser, server, { locale: "uk-UA" });
  const seen = [];
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (url.origin === server.url) seen.push(url.pathname);
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(server.url + `${BASE}uk/step/eid`);
    assert.equal(response.status(), 200);
    assert.ok((await response.text()).includes("data-prerendered"), "a first visit gets the pre-rendered page");
    await rendered(page);
    await page.getByRole("heading", { level: 1, name: L.uk.step.eid.title }).waitFor();
    await waitForController(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, BASE, "the service worker's scope is the base");
    for (const path of await links(page)) assert.ok(path.startsWith(BASE), `a link outside the base: ${path}`);

    await pickLanguage(page, "English");
    await page.getByRole("heading", { level: 1, name: L.en.step.eid.title }).waitFor();
    // A plain host redirects a directory to its name with a slash; either is the page.
    assert.equal(new URL(page.url()).pathname.replace(/\/$/, ""), `${BASE}en/step/eid`);
    await page.getByRole("link", { name: L.en.nav.about }).click();
    await page.getByRole("heading", { level: 1, name: L.en.about.title }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${BASE}en/about`);
    for (const path of await links(page)) assert.ok(path.startsWith(BASE), `a link outside the base: ${path}`);

    const manifest = await (await fetch(server.url + `${BASE}manifest.webmanifest`)).json();
    for (const field of ["id", "start_url", "scope"]) assert.equal(manifest[field], BASE, field);
    for (const icon of manifest.icons) assert.ok(icon.src.startsWith(BASE), icon.src);

    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await rendered(page);
    await page.getByRole("heading", { level: 1, name: L.en.about.title }).waitFor();
    await page.goto(server.url + `${BASE}nb/topic/help`);
    await page.getByRole("heading", { level: 1, name: L.nb.topic.help.title }).waitFor();
    // An address with no language opens in the language chosen earlier, under the base.
    await page.goto(server.url + `${BASE}step/registration`);
    await page.getByRole("heading", { level: 1, name: L.en.step.registration.title }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${BASE}en/step/registration`);

    assert.deepEqual(problems.foreign, [], "no request to another origin");
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.csp, []);
    assert.ok(seen.length > 5);
    const outside = [...seen, ...(server.requests?.() ?? []).map((r) => r.uri)].filter((uri) => !uri.startsWith(BASE));
    assert.deepEqual(outside, [], "no request outside the base");
  } finally {
    await context.close();
    await server.stop();
  }
}

test("at /veiviser/ behind nginx: first visit, the service worker's scope, language, offline, nothing outside the base", async () => {
  await coreFlows(await Server.start(DIST_BASE, { base: BASE }));
});

test("at /veiviser/ on a plain static server (no rewrites, no headers): the same flows", async () => {
  await coreFlows(await StaticServer.start());
});

test("an unknown address gets the not-found page in its language, listing the steps, on nginx and on a plain host", async () => {
  for (const server of [await Server.start(DIST_BASE, { base: BASE }), await StaticServer.start()]) {
    const { context, problems } = await newContext(browser, server, { locale: "en-GB", serviceWorkers: "block" });
    try {
      const page = await context.newPage();
      const response = await page.goto(server.url + `${BASE}ru/no-such-page`);
      assert.equal(response.status(), 404);
      await rendered(page);
      await page.getByRole("heading", { level: 1, name: L.ru.not_found.title }).waitFor();
      assert.equal(await page.locator("ol.journey > li").count(), 6, "the steps are listed");
      for (const path of await links(page)) assert.ok(path.startsWith(BASE), `a link outside the base: ${path}`);
      await page.locator("ol.journey a").first().click();
      await page.getByRole("heading", { level: 1, name: L.ru.step.registration.title }).waitFor();
      // No language in the address: the browser's.
      await page.goto(server.url + `${BASE}no-such-page`);
      await page.getByRole("heading", { level: 1, name: L.en.not_found.title }).waitFor();
      assert.equal(new URL(page.url()).pathname, `${BASE}en/no-such-page`);
      assert.equal((await fetch(server.url + `${BASE}missing-file.js`)).status, 404, "a missing asset is a real 404");
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.csp, []);
    } finally {
      await context.close();
      await server.stop();
    }
  }
});

test("on a plain host the CSP comes from the page itself: an injected inline script does not run", async () => {
  const server = await StaticServer.start();
  const { context } = await newContext(browser, server);
  try {
    const page = await context.newPage();
    const response = await page.goto(server.url + `${BASE}uk/`);
    assert.equal(response.headers()["content-security-policy"], undefined, "the host sends no CSP header");
    await rendered(page);
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
      await new Promise((ok) => setTimeout(ok, 100));
      return window.__injected === true;
    });
    assert.equal(ran, false);
    assert.ok((await page.evaluate(() => window.__csp)).some((v) => v.startsWith("script-src")));
  } finally {
    await context.close();
    await server.stop();
  }
});

test("at /veiviser/ an update waits for the person, then takes over", async () => {
  // Another build: the same files with a new service worker (a new precache version).
  const next = mkdtempSync(join(tmpdir(), "veiviser-next-"));
  cpSync(DIST_BASE, next, { recursive: true, dereference: true });
  const sw = readFileSync(join(next, "sw.js"), "utf8");
  const version = /"version":"([0-9a-f]+)"/.exec(sw)?.[1];
  assert.ok(version, "sw.js carries its precache version");
  writeFileSync(join(next, "sw.js"), sw.replace(`"version":"${version}"`, '"version":"0000000000000000"'));
  for (const ext of [".br", ".gz"]) rmSync(join(next, "sw.js" + ext), { force: true }); // the old build's copies
  const server = await Server.start(DIST_BASE, { base: BASE });
  const { context, problems } = await newContext(browser, server, { locale: "nb-NO" });
  try {
    const page = await context.newPage();
    await page.goto(server.url + `${BASE}nb/about`);
    await rendered(page);
    await waitForController(page);
    server.serve(next);
    await page.reload();
    const banner = updateBanner(page, "nb");
    await banner.waitFor();
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: L.nb.update.reload }).click()]);
    await rendered(page);
    await page.waitForFunction(async () => (await caches.keys()).includes("veiviser-0000000000000000"));
    assert.equal(new URL(page.url()).pathname, `${BASE}nb/about`);
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.stop();
  }
});
