// Pre-renders every in-app page of a release build to static HTML: `node tools/prerender.mjs dist`.
//
// A first visit (a QR-code deep link, no service worker yet) then shows the page's text as soon as
// the HTML arrives instead of after the wasm; on a slow phone network that is seconds earlier, and
// the text stays readable if the wasm never arrives. The app removes the pre-rendered nodes
// (`data-prerendered`) and mounts itself in one task, so no frame shows both. These files are not
// precached: once the service worker runs, every address gets the app shell as before.
//
// The pages are the app's own first render in headless Chromium, with a fresh profile and the
// service worker blocked, so they are exactly what a first visit renders. Controls are disabled
// until the app takes over, except two: the language button, whose list the loader opens
// (tools/postbuild.mjs), and a task's checkbox, whose tick the app replays when it takes over
// (platform/takeover.rs), so a step opened from a QR code can be ticked as soon as it is on screen.
//
// The build may live under a base path (VEIVISER_BASE, e.g. /veiviser/): pages are crawled at
// that base and written relative to it. It also writes 404.html, the page for an unknown address
// on hosts that serve one (GitHub Pages, nginx and Caddy here): the app's own "not found" page,
// which the app, once it runs, shows in the language of the address or of the browser.
import { createServer } from "node:http";
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, join, extname, resolve } from "node:path";
import { defaultTreeAdapter as tree, parse, parseFragment, serialize } from "parse5";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, attr, elements, precompress } from "./common.mjs";

const dist = resolve(process.argv[2] || "dist");
const BASE = process.env.VEIVISER_BASE || "/";
const shell = readFileSync(join(dist, "index.html"), "utf8");

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".webmanifest": "application/manifest+json" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const inside = path.startsWith(BASE) || path + "/" === BASE;
  const file = join(dist, path.slice(BASE.length));
  const isFile = inside && file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
  res.writeHead(200, { "Cache-Control": "max-age=600", "Content-Type": isFile ? TYPES[extname(file)] || "application/octet-stream" : "text/html" });
  res.end(isFile ? readFileSync(file) : shell);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(e.message));

/** Loads `path` until the app has rendered its heading. On a busy 2-core machine a load can
 * stall once; a second try tells a stall from a page that never renders, which still fails. */
async function open(path) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(origin + path);
    try {
      await page.locator("main h1").first().waitFor({ timeout: 30_000 });
      return;
    } catch (e) {
      if (attempt === 2) throw new Error(`${path}: no heading after two loads: ${e.message}`);
      console.error(`prerender: ${path}: no heading after 30 s, loading it again`);
    }
  }
}

// Crawl from the root: it redirects to a language, and the language switcher links the others.
const queue = [BASE];
const seen = new Set(queue);
let written = 0;
while (queue.length) {
  const path = queue.shift();
  await open(path);
  // Effects (the title, the document's language) run after the first render.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  const got = await snapshot();
  for (const link of got.links) {
    if (!link.startsWith(BASE)) throw new Error(`${path} links outside the base: ${link}`);
    if (!seen.has(link) && !/\.[A-Za-z0-9]+$/.test(link)) {
      seen.add(link);
      queue.push(link);
    }
  }
  if (got.path !== path || path === BASE) continue; // a redirect: its target is crawled on its own
  write(path, got);
}
// The page for unknown addresses, from an address the app does not know.
const missing = `${BASE}uk/page-not-found`;
await open(missing);
await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
write(missing, await snapshot(), join(dist, "404.html"));
await browser.close();
server.close();
if (errors.length) throw new Error("the app failed while pre-rendering: " + errors.join("; "));
if (written < 4) throw new Error(`only ${written} pages pre-rendered: the crawl found no links`);
console.log(`pre-rendered ${written} pages into ${dist}`);

/** The page as rendered: its body (most controls disabled), language, title and same-site links. */
function snapshot() {
  return page.evaluate(() => {
    const nodes = [...document.body.children].filter((el) => el.tagName !== "SCRIPT").map((el) => {
      const copy = el.cloneNode(true);
      copy.setAttribute("data-prerendered", "");
      const live = ".menu-button, .task-row > input[type=checkbox]";
      for (const c of copy.querySelectorAll("input, button, select, textarea")) if (!c.matches(live)) c.setAttribute("disabled", "");
      // The CSP allows no inline styles; the app sets none, and this keeps it that way.
      for (const c of [copy, ...copy.querySelectorAll("[style]")]) c.removeAttribute("style");
      // QR codes and addresses need the page's origin, which only the browser knows.
      for (const c of copy.querySelectorAll("[data-origin]")) c.remove();
      // Leptos's empty placeholder comments mean nothing without the app.
      const walk = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walk.nextNode()) comments.push(walk.currentNode);
      for (const c of comments) if (c.data === "") c.remove();
      return copy.outerHTML;
    });
    const links = [...document.querySelectorAll("a[href^='/']")].map((a) => new URL(a.href).pathname);
    return { path: location.pathname, lang: document.documentElement.lang, title: document.title, html: nodes.join(""), links };
  });
}

/** Writes the shell with the page's language, title and body. The shell is edited as the tree a
 * browser would build (parse5 is the WHATWG parser) rather than as text, and serialized again;
 * the body, Chromium's own serialization, is parsed in the body's context, as a browser will. */
function write(path, { lang, title, html }, file = join(dist, path.slice(BASE.length), "index.html")) {
  const doc = parse(shell);
  const all = elements(doc);
  const [root, titleElement, body] = ["html", "title", "body"].map((tag) => all.find((el) => el.tagName === tag));
  const langAttr = root.attrs.find((a) => a.name === "lang");
  // No wasm preload: the loader fetches it after this page's first paint (tools/postbuild.mjs).
  const wasmPreload = all.find((el) => el.tagName === "link" && attr(el, "rel")?.split(/\s+/).includes("preload") && attr(el, "href")?.endsWith("_bg.wasm"));
  if (!wasmPreload || !langAttr || !titleElement) throw new Error("index.html changed shape: " + path);
  tree.detachNode(wasmPreload);
  langAttr.value = lang;
  titleElement.childNodes = [];
  tree.insertText(titleElement, title);
  const { childNodes } = parseFragment(body, html);
  for (const node of childNodes) node.parentNode = body;
  body.childNodes.unshift(...childNodes);
  const out = serialize(doc);
  // /uk/step/tb-test → dist/uk/step/tb-test/index.html, which a server tries before the shell.
  mkdirSync(dirname(file), { recursive: true });
  const raw = Buffer.from(out);
  writeFileSync(file, raw);
  precompress(file, raw);
  written++;
}
