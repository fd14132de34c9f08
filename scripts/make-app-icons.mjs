// Draws the app icons (public/icons/*.png) from the logo in public/favicon.svg with the system's
// Chromium, so they can be made again after a logo change: `node scripts/make-app-icons.mjs`.
// "any" icons keep the logo's rounded corners; the maskable and Apple ones fill the square with
// the brand colour and keep the mark inside the central safe zone (80%) that launchers never crop.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const root = path.join(import.meta.dirname, "..");
const logo = readFileSync(path.join(root, "public/favicon.svg"), "utf8");
const brand = "#0f766e";
// The logo's pulse line, scaled to 60% of the square around its centre for the full-bleed icons.
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${brand}"/><g transform="translate(32 32) scale(0.75) translate(-32 -34)"><path d="M12 34h9l4-9 6 18 5-13 3 4h13" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;

const icons = [
  { file: "icon-192.png", size: 192, svg: logo },
  { file: "icon-512.png", size: 512, svg: logo },
  { file: "maskable-512.png", size: 512, svg: fullBleed },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed },
];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, type: "png" });
    writeFileSync(path.join(root, "public/icons", file), png);
    await page.close();
    console.log(`public/icons/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
