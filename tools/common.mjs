// What the build tools and the e2e harness share: how Debian's Chromium is launched here, and
// how files are precompressed for nginx's *_static modules.
import { writeFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

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
