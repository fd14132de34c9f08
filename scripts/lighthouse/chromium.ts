// Debian's Chromium for `npm run lighthouse`, started here rather than by chrome-launcher so the
// flags are exactly ours (no profile downloads, no component updates, no sync: nothing leaves the
// machine) and the browser dies with the script.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "../find-chromium.mjs";
import { freePort, start, stop, waitForOk } from "../bench/processes";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // With only the flags above, Chromium 156's net log still showed calls to autofill, sign-in
  // (accounts.google.com), the optimization guide, the component updater and the time service.
  "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter,DialMediaRouteProvider,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
  "--disable-extensions",
  "--disable-component-extensions-with-background-pages",
  "--disable-default-apps",
  "--disable-client-side-phishing-detection",
  "--disable-domain-reliability",
  "--no-default-browser-check",
  "--metrics-recording-only",
  "--mute-audio",
];

/** No host name resolves but the app's: whatever Chromium or a page tries, nothing leaves. */
export function offlineRule(appHost: string): string {
  return `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${appHost}`;
}

export interface Chromium {
  path: string;
  version: string;
  port: number;
  close(): Promise<void>;
}

export async function launchChromium(appHost: string): Promise<Chromium> {
  const executable = findChromium();
  if (!executable)
    throw new Error(
      "No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): apt-get install chromium",
    );
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), "swasthai-lighthouse-"));
  const child = start(
    executable,
    [
      ...chromiumFlags,
      offlineRule(appHost),
      ...(process.env.LH_NETLOG ? [`--log-net-log=${process.env.LH_NETLOG}`] : []),
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const versionUrl = `http://127.0.0.1:${port}/json/version`;
  await waitForOk(versionUrl, child, 30_000);
  const { Browser } = (await (await fetch(versionUrl)).json()) as { Browser: string };
  return {
    path: executable,
    version: Browser,
    port,
    async close() {
      await stop(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
