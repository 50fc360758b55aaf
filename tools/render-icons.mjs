// Renders assets/icon*.svg to the PNGs the manifest names (public/icons). Run after editing an
// icon: node tools/render-icons.mjs. Uses Debian's Chromium, so it needs no image library.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

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
  await page.screenshot({ path: out, omitBackground: true });
  console.log(out);
}
await browser.close();
