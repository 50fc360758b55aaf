// Trunk post_build hook. In the staged build it:
// 0. minifies wasm-bindgen's JS with terser (trunk's own minifier fails on it and leaves it as
//    is) and updates the integrity hashes index.html gives for it;
// 1. moves trunk's inline loader script into a hashed file, so the CSP needs no 'unsafe-inline',
//    and gives it what a pre-rendered page needs before the app runs;
// 2. writes the service worker's precache manifest (every file, with its SHA-256) and minifies it;
// 3. precompresses text and wasm files as .gz and .br for nginx's *_static modules.
// Every address it writes is under the base path (VEIVISER_BASE, default "/"), which
// scripts/build.sh also gives trunk as its public URL.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, serialize } from "parse5";
import { minify } from "terser";
import { HASHED_NAME, attr, elements, precompress } from "./common.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a trunk hook");

const sha = (buf, enc) => createHash("sha256").update(buf).digest(enc);
const BASE = process.env.VEIVISER_BASE || "/";
if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(BASE)) throw new Error(`VEIVISER_BASE=${BASE}: a path that starts and ends with "/"`);
if (process.env.TRUNK_PUBLIC_URL && process.env.TRUNK_PUBLIC_URL !== BASE) {
  throw new Error(`trunk's public URL ${process.env.TRUNK_PUBLIC_URL} is not VEIVISER_BASE ${BASE}: build with scripts/build.sh`);
}

// index.html is edited as the tree a browser would build (parse5 is the WHATWG parser), not as
// text: a pattern cannot tell a tag from text that looks like one. The serializer quotes every
// attribute, so the file is a little longer than trunk's minified one.
const indexPath = join(staging, "index.html");
const doc = parse(readFileSync(indexPath, "utf8"));

// 0. Minify the JS glue; then every integrity="sha384-..." in index.html must match its file again.
for (const name of readdirSync(staging).filter((n) => /^veiviser-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, ecma: 2020 });
  writeFileSync(path, code);
}
for (const link of elements(doc).filter((el) => el.tagName === "link" && attr(el, "href"))) {
  const integrity = link.attrs.find((a) => a.name === "integrity" && a.value.startsWith("sha384-"));
  if (!integrity) continue;
  const file = join(staging, attr(link, "href").slice(BASE.length));
  integrity.value = `sha384-${createHash("sha384").update(readFileSync(file)).digest("base64")}`;
}

// 1. The inline loader. On a pre-rendered page (tools/prerender.mjs) it first waits until that
// page is on screen (the first contentful paint, then one more frame), then fetches the wasm: the
// text does not wait for the code, and on a slow network the HTML and CSS get the bandwidth first.
// Waiting for a rendered frame alone is not enough: under load the app can replace the page before
// that frame is presented. The cap covers a hidden tab, which does not paint. Until the app runs,
// the language button opens its list, and a language picked there is remembered as the app's menu
// would (storage/prefs.rs).
const PRERENDERED_PAGE = `if (document.querySelector("[data-prerendered]")) {
  // The language menu before the app runs, as the app's (components/lang_menu.rs): a click or
  // Enter opens it at the language in use; arrows, Home and End move; Escape closes; Tab leaves.
  const items = (menu) => [...menu.querySelectorAll("a[hreflang]")];
  const setOpen = (menu, open) => {
    const button = menu.querySelector("button");
    button.nextElementSibling.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  };
  const focusItem = (menu, i) => {
    const list = items(menu);
    setOpen(menu, true);
    list[(i + list.length) % list.length].focus();
  };
  const current = (menu) => Math.max(0, items(menu).findIndex((a) => a.getAttribute("aria-checked") === "true"));
  addEventListener("click", (e) => {
    const button = e.target.closest?.("[data-prerendered] .lang-menu button");
    if (button) {
      const menu = button.closest(".lang-menu");
      if (button.nextElementSibling.hidden) focusItem(menu, current(menu));
      else setOpen(menu, false);
      return;
    }
    const link = e.target.closest?.("[data-prerendered] .lang-menu a[hreflang]");
    try {
      if (link) localStorage.setItem("veiviser.lang", link.hreflang);
    } catch {}
  });
  // A task's box ticked before the app runs is kept for this tab (platform/takeover.rs), so it
  // survives a link followed before the app takes over.
  addEventListener("change", (e) => {
    const box = e.target.closest?.("[data-prerendered] .task-row > input[type=checkbox]");
    if (!box || !box.id.startsWith("task-")) return;
    try {
      const ticks = JSON.parse(sessionStorage.getItem("veiviser.early-ticks") || "{}");
      ticks[box.id.slice("task-".length)] = box.checked;
      sessionStorage.setItem("veiviser.early-ticks", JSON.stringify(ticks));
    } catch {}
  });
  addEventListener("keydown", (e) => {
    const menu = e.target.closest?.("[data-prerendered] .lang-menu");
    if (!menu) return;
    const at = items(menu).indexOf(e.target);
    const last = items(menu).length - 1;
    if (e.key === "Escape") {
      setOpen(menu, false);
      menu.querySelector("button").focus();
    } else if (e.key === "Tab") {
      if (at >= 0) setOpen(menu, false);
      return;
    } else {
      const to = at < 0
        ? { ArrowDown: current(menu), ArrowUp: last }[e.key]
        : { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last }[e.key];
      if (to === undefined) return;
      focusItem(menu, to);
    }
    e.preventDefault();
  });
  await new Promise((painted) => {
    const frame = () => requestAnimationFrame(() => setTimeout(painted));
    try {
      new PerformanceObserver((list) => list.getEntriesByName("first-contentful-paint").length && frame())
        .observe({ type: "paint", buffered: true });
    } catch {
      frame();
    }
    setTimeout(painted, 2000);
  });
}
`;
for (const script of elements(doc).filter((el) => el.tagName === "script" && attr(el, "src") === undefined)) {
  const body = script.childNodes.map((text) => text.value).join("");
  if (body.trim() === "") continue;
  if (attr(script, "type") !== "module") throw new Error("an inline classic script would break the CSP: " + body.slice(0, 80));
  const boot = PRERENDERED_PAGE + body;
  const name = `boot-${sha(boot, "hex").slice(0, 16)}.js`;
  writeFileSync(join(staging, name), boot);
  script.attrs = [{ name: "type", value: "module" }, { name: "src", value: BASE + name }];
  script.childNodes = [];
}
// index.html's own links (not trunk's, which carry its public URL) are written for the root.
const links = elements(doc).flatMap((el) => el.attrs.filter((a) => a.name === "href" || a.name === "src"));
for (const link of links) {
  if (/^\/(?!\/)/.test(link.value) && !link.value.startsWith(BASE)) link.value = BASE + link.value.slice(1);
}
// What the rewrite leaves outside the base (a //host/ address) would not be the app's.
if (links.some((link) => link.value.startsWith("/") && !link.value.startsWith(BASE))) throw new Error("index.html links outside the base");
writeFileSync(indexPath, serialize(doc));

// The web app manifest: its id, start, scope and icons are the base.
const manifestPath = join(staging, "manifest.webmanifest");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const atBase = (path) => BASE + path.replace(/^\//, "");
Object.assign(manifest, { id: atBase(manifest.id), start_url: atBase(manifest.start_url), scope: atBase(manifest.scope) });
for (const icon of manifest.icons) icon.src = atBase(icon.src);
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");

// 2. The precache manifest.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const isCompressed = (p) => p.endsWith(".gz") || p.endsWith(".br");
const files = walk(staging)
  .filter((p) => !isCompressed(p) && relative(staging, p) !== "sw.js")
  .map((p) => ({ url: BASE + relative(staging, p).split(sep).join("/"), sha256: sha(readFileSync(p), "base64") }))
  .sort((a, b) => (a.url < b.url ? -1 : 1));
const version = sha(JSON.stringify(files), "hex").slice(0, 16);
const swPath = join(staging, "sw.js");
// Minified too, as it is part of every first visit and of the precache. Minified before the
// manifest goes in, and without compression, so the marker and MANIFEST stay as they are.
const { code: sw } = await minify(readFileSync(swPath, "utf8"), {
  ecma: 2020,
  compress: false,
  format: { comments: /PRECACHE_MANIFEST|HASHED_NAME/ },
});
const marker = /\/\* PRECACHE_MANIFEST \*\/[\s\S]*?\/\* END_PRECACHE_MANIFEST \*\//;
const hashedMarker = /\/\* HASHED_NAME \*\/[\s\S]*?\/\* END_HASHED_NAME \*\//;
if (!marker.test(sw)) throw new Error("sw.js has no precache manifest marker");
if (!hashedMarker.test(sw)) throw new Error("sw.js has no HASHED_NAME marker");
writeFileSync(
  swPath,
  sw.replace(marker, () => JSON.stringify({ version, files })).replace(hashedMarker, () => JSON.stringify(HASHED_NAME)),
);
// nginx must treat exactly these names as immutable, and every hashed file must be one of them.
const nginx = readFileSync(join(import.meta.dirname, "../deploy/nginx.conf"), "utf8");
// The page's own CSP (for hosts that send no headers) is the servers' header less
// frame-ancestors, which a <meta> cannot carry.
const header = /Content-Security-Policy "([^"]+)"/.exec(nginx)?.[1];
const cspMeta = elements(doc).find((el) => el.tagName === "meta" && attr(el, "http-equiv")?.toLowerCase() === "content-security-policy");
const meta = cspMeta && attr(cspMeta, "content");
if (!header || !meta || header.replace(/; frame-ancestors 'none'$/, "") !== meta) {
  throw new Error(`index.html's CSP meta (${meta}) is not deploy/nginx.conf's header (${header}) less frame-ancestors`);
}
if (!nginx.includes(`"~${HASHED_NAME}"`)) throw new Error(`deploy/nginx.conf does not use HASHED_NAME "${HASHED_NAME}"`);
for (const { url } of files) {
  // Trunk and this hook name hashed files `name-<hex>.ext` at the top level.
  const looksHashed = /^[a-z]+-[0-9a-f]+(_bg)?\.[a-z]+$/.test(url.slice(BASE.length));
  if (looksHashed !== new RegExp(HASHED_NAME).test(url)) throw new Error(`${url} and HASHED_NAME disagree`);
}

// 3. Precompression.
const compressible = /\.(html|js|mjs|css|wasm|svg|webmanifest|json|txt)$/;
for (const p of walk(staging)) {
  if (isCompressed(p) || !compressible.test(p)) continue;
  precompress(p, readFileSync(p));
}
console.log(`postbuild: precache ${files.length} files, version ${version}`);
