import { existsSync } from "node:fs";

/** Debian's Chromium (never a downloaded browser): CHROMIUM_PATH, else the usual install paths. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
