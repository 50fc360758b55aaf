// What the build tools and the e2e harness share: how Debian's Chromium is launched here, and
// how files are precompressed for nginx's *_static modules.
import { writeFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/**
 * A build file whose name carries its content hash, so it never changes and is cached as
 * immutable. Trunk writes its hash as hex without leading zeros: one build in sixteen has 15
 * digits, rarely fewer. The one definition: postbuild writes it into sw.js and checks that
 * deploy/nginx.conf uses it, and that every hashed file of the build matches it.
 */
export const HASHED_NAME = String.raw`-[0-9a-f]{5,16}(_bg)?\.(js|wasm|css|svg|png)$`;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Writes `path.gz` and `path.br` next to a file whose contents are `raw`. */
export function precompress(path, raw) {
  writeFileSync(path + ".gz", gzipSync(raw, { level: 9 }));
  writeFileSync(
    path + ".br",
    brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
  );
}

/** The elements under a parse5 node, in document order (postbuild and prerender edit HTML as a tree). */
export const elements = (node) => (node.childNodes ?? []).flatMap((n) => (n.tagName ? [n, ...elements(n)] : []));
/** A parse5 element's attribute value, or undefined. */
export const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
