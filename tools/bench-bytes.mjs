// The bench's byte counts (tools/bench.mjs): what the service worker precaches, split into code
// and the guide's text. The text is every article's title, summary and body in the four
// languages (locales/*.json, `step.*`, `topic.*` and `letter.*`); code is the precache with those strings cut
// out of the wasm. Cutting bytes leaves no valid wasm, but it is what the code costs to send.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const LANGS = ["uk", "ru", "en", "nb"];
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);

/** Every string under `step`, `topic` and `letter` in a locale file, as leptos_i18n stores them. */
function articleStrings(root, lang) {
  const out = [];
  const walk = (v) => (typeof v === "string" ? out.push(v) : Object.values(v).forEach(walk));
  const locale = JSON.parse(readFileSync(join(root, `locales/${lang}.json`), "utf8"));
  walk(locale.step);
  walk(locale.topic);
  walk(locale.letter ?? {});
  return out;
}

/** `wasm` without every occurrence of `strings` (longest first); how many bytes were found. */
function cut(wasm, strings) {
  let bytes = Buffer.from(wasm);
  let found = 0;
  // A text with {{ values }} is stored in pieces around them.
  const pieces = strings.flatMap((s) => s.split(/\{\{[^}]*\}\}/)).filter((s) => s.length >= 8);
  for (const piece of pieces.sort((a, b) => b.length - a.length)) {
    const needle = Buffer.from(piece);
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle)) {
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + needle.length)]);
      found += needle.length;
    }
  }
  return { bytes, found, wanted: pieces.reduce((n, p) => n + Buffer.byteLength(p), 0) };
}

/** The precached files with their sizes, and the code / text split. */
export function measureBytes(dist, root) {
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const manifest = JSON.parse(/const MANIFEST\s*=\s*(\{.*?\})\s*;/.exec(sw)[1]);
  const files = [...manifest.files.map((f) => f.url), "/sw.js"].map((url) => {
    const raw = readFileSync(join(dist, url));
    return { url, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br(raw) };
  });
  const total = { raw: sum(files, "raw"), gzip: sum(files, "gzip"), brotli: sum(files, "brotli") };

  const strings = LANGS.flatMap((l) => articleStrings(root, l));
  const wasmFiles = files.filter((f) => f.url.endsWith(".wasm"));
  let textInWasm = 0, found = 0, wanted = 0;
  for (const f of wasmFiles) {
    const c = cut(readFileSync(join(dist, f.url)), strings);
    textInWasm += f.brotli - br(c.bytes);
    found += c.found;
    wanted += c.wanted;
  }
  // The floor: the same strings compressed on their own, one language after another.
  const floor = br(Buffer.from(strings.join("\n")));
  const allText = br(Buffer.concat(LANGS.map((l) => readFileSync(join(root, `locales/${l}.json`)))));
  return {
    files,
    total,
    code: total.brotli - textInWasm,
    text: { inWasm: textInWasm, floor, foundShare: +(found / wanted).toFixed(3) },
    allTextBrotli: allText,
  };
}

/** twiggy's top `n` items of the named copy of the wasm (scripts/bench.sh), names shipped
 * nowhere left out, hashes cut; null when there is no such copy. */
export function twiggyTop(root, n = 15) {
  const named = join(root, "target/twiggy/named.wasm");
  if (!existsSync(named)) return null;
  const csv = execFileSync("twiggy", ["top", "-n", String(n + 5), "-f", "csv", named], { maxBuffer: 16 << 20 }).toString();
  return csv
    .split("\n")
    .slice(1)
    .filter((line) => line && !line.includes("names\"\" subsection"))
    .slice(0, n)
    .map((line) => {
      const [, name, bytes] = /^"?(.*?)"?,(\d+),/.exec(line);
      return { name: name.replaceAll('""', '"').replace(/::h[0-9a-f]{16}/g, ""), bytes: Number(bytes) };
    });
}
