// Renders assets/icon*.svg to the PNGs the manifest names (public/icons). Run after editing an
// icon: node tools/render-icons.mjs. Uses Debian's Chromium, so it needs no image library. The
// icons have fewer than 256 colours, so they are written as palette PNGs: lossless, and half the
// bytes of Chromium's RGBA screenshots (every install precaches them).
import { readFileSync, writeFileSync } from "node:fs";
import zlib from "node:zlib";
import { PNG } from "pngjs";
import { chromium } from "playwright-core";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(body));
  return Buffer.concat([head, body, tail]);
};

/** An RGBA PNG as an 8-bit palette PNG (with tRNS when any pixel is not opaque). */
export function toPalette(png) {
  const { width, height, data } = PNG.sync.read(png);
  const colours = new Map();
  const rows = Buffer.alloc((width + 1) * height); // each row: filter byte 0, then indices
  for (let i = 0; i < width * height; i++) {
    const rgba = data.readUInt32BE(i * 4);
    if (!colours.has(rgba)) colours.set(rgba, colours.size);
    rows[Math.floor(i / width) * (width + 1) + 1 + (i % width)] = colours.get(rgba);
  }
  if (colours.size > 256) throw new Error(`${colours.size} colours: too many for a palette`);
  const plte = Buffer.alloc(colours.size * 3);
  const trns = Buffer.alloc(colours.size);
  for (const [rgba, i] of colours) {
    plte.writeUIntBE(rgba >>> 8, i * 3, 3);
    trns[i] = rgba & 0xff;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  const opaque = trns.every((a) => a === 0xff);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("PLTE", plte),
    ...(opaque ? [] : [chunk("tRNS", trns)]),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const jobs = [
  ["assets/icon.svg", 192, "public/icons/icon-192.png"],
  ["assets/icon.svg", 512, "public/icons/icon-512.png"],
  ["assets/icon-maskable.svg", 512, "public/icons/icon-maskable-512.png"],
  ["assets/icon-maskable.svg", 180, "public/icons/apple-touch-icon.png"],
];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage();
for (const [svg, size, out] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  const data = Buffer.from(readFileSync(svg)).toString("base64");
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}">`,
  );
  const shot = await page.screenshot({ omitBackground: true });
  const small = toPalette(shot);
  // The palette file must decode to exactly the screenshot's pixels.
  if (!PNG.sync.read(small).data.equals(PNG.sync.read(shot).data)) throw new Error(`${out}: lossy`);
  writeFileSync(out, small);
  console.log(out);
}
await browser.close();
