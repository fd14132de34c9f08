// `npm run test:e2e`: Playwright against a production build in Debian's Chromium.
import { spawnSync } from "node:child_process";
import { findChromium } from "./find-chromium.mjs";

if (!findChromium()) {
  const message =
    "No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium). Install it with `sudo apt-get install chromium` or set CHROMIUM_PATH.";
  if (process.env.CI) {
    console.error(`e2e: ${message}`);
    process.exit(1);
  }
  console.warn(
    `\n*** e2e NOT RUN: ${message}\n*** Unit and integration tests ran; CI always runs the e2e suite.\n`,
  );
  process.exit(0);
}
const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
