/**
 * npm run lighthouse [-- <url>]: Lighthouse at its default mobile settings (simulated slow 4G, 4x
 * CPU slowdown) on the pages a patient on a phone meets first: home, the doctors list, a doctor's
 * profile and the booking page (signed in). Prints LCP, TBT, CLS and the accessibility score per
 * page, appends a dated section to docs/performance.md and exits 1 when a page misses a target
 * (scripts/lighthouse/report.ts) or loads anything from another origin, 2 when it cannot run.
 *
 * It audits a server that is already running, production build, with the demo data, e.g.
 *   E2E_PORT=3000 E2E_DATABASE_URL=postgres://postgres@127.0.0.1:5432/swasthai_lh node scripts/e2e-server.mjs
 * (builds, migrates and seeds the demo accounts into that database), then
 *   npm run lighthouse -- http://127.0.0.1:3000
 *
 * Environment (all optional):
 *   LH_URL       the server (default http://127.0.0.1:3000; an argument wins)
 *   LH_RUNS      runs per page, 3 (the median is reported)
 *   LH_EMAIL, LH_PASSWORD  the patient who opens the booking page (default: the demo patient)
 *   LH_REPORTS   a folder for each run's HTML and JSON report (default: none written)
 *   LH_NO_DOCS   1 = print only, do not append to docs/performance.md
 *   LH_LOCALE    en | hi: the pages in that language (default: the server's choice, English)
 *   LH_NETLOG    a file for Chromium's net log, to check that nothing but the app was reached
 *   LH_THROTTLING  simulate (Lighthouse's default, the targets' measure) | devtools: Chromium
 *                itself throttled, metrics observed. Lantern's simulated LCP counts every request
 *                that finished before the first paint on the unthrottled load, which on loopback
 *                includes the async framework scripts; devtools throttling shows what a slow
 *                phone really waits for (docs/performance.md compares the two).
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { generateReport, type Flags, type Result } from "lighthouse";
import { TILE_URL_TEMPLATE } from "../components/map/tiles";
import { localeCookieName, locales } from "../lib/i18n/config";
import { launchChromium } from "./lighthouse/chromium";
import {
  accessibilityFailures,
  consoleReport,
  figuresOf,
  foreignRequests,
  markdownSection,
  passed,
  summarize,
  type Figures,
  type PageReport,
} from "./lighthouse/report";
import { firstDoctorId, signInCookie } from "./lighthouse/session";

const origin = new URL(process.argv[2] ?? process.env.LH_URL ?? "http://127.0.0.1:3000").origin;
const runs = Number(process.env.LH_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`LH_RUNS must be a positive integer`);
const reportsDir = process.env.LH_REPORTS;
const throttling = throttlingOf(process.env.LH_THROTTLING);

function throttlingOf(value = "simulate"): "simulate" | "devtools" {
  if (value !== "simulate" && value !== "devtools")
    throw new Error("LH_THROTTLING must be simulate or devtools");
  return value;
}
const locale = process.env.LH_LOCALE;
if (locale !== undefined && !(locales as readonly string[]).includes(locale))
  throw new Error(`LH_LOCALE must be one of ${locales.join(", ")}`);
const log = (line: string) => console.log(`[lighthouse] ${line}`);
const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();

/**
 * The map tile server is the one other origin the pages use (the profile's static map): blocked,
 * so the run stays on this machine and measures our server alone. Any other foreign request fails
 * the run (report.ts, foreignRequests).
 */
const blockedUrlPatterns = [TILE_URL_TEMPLATE.replace(/\{[a-z]\}/g, "*")];

/** One request per page first: the audit measures a warm server, not its first compile of a route. */
async function warmUp(pages: Page[]): Promise<void> {
  for (const page of pages) {
    const response = await fetch(`${origin}${page.path}`, {
      headers: page.cookie ? { cookie: page.cookie } : {},
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`GET ${page.path} answered ${response.status} before the audit`);
  }
}

interface Page {
  key: string;
  label: string;
  path: string;
  cookie?: string;
}

async function main(): Promise<number> {
  const loadStart = os.loadavg();
  const doctor = await firstDoctorId(origin);
  const session = await signInCookie(
    origin,
    process.env.LH_EMAIL ?? "patient@swasthai.dev",
    process.env.LH_PASSWORD ?? "Swasth@2026",
  );
  // The language cookie, as the switcher sets it (a signed-in user's own choice may win).
  const language = locale ? `${localeCookieName}=${locale}` : undefined;
  const cookies = (...c: (string | undefined)[]) => c.filter(Boolean).join("; ") || undefined;
  const pages: Page[] = [
    { key: "home", label: "home", path: "/", cookie: language },
    { key: "doctors", label: "doctors list", path: "/doctors", cookie: language },
    { key: "profile", label: "doctor profile", path: `/doctors/${doctor}`, cookie: language },
    {
      key: "booking",
      label: "booking (signed in)",
      path: `/doctors/${doctor}/book`,
      cookie: cookies(language, session),
    },
  ];
  await warmUp(pages);
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });

  const chromium = await launchChromium(new URL(origin).hostname);
  log(`${chromium.version} on port ${chromium.port}; ${runs} run(s) per page against ${origin}`);
  const reports: PageReport[] = [];
  const benchmarkIndex: number[] = [];
  let lighthouseVersion = "";
  try {
    for (const page of pages) {
      const figures: Figures[] = [];
      const problems = new Set<string>();
      for (let run = 1; run <= runs; run++) {
        const flags: Flags = {
          port: chromium.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
          disableFullPageScreenshot: true,
          blockedUrlPatterns,
          throttlingMethod: throttling,
        };
        const result = await lighthouse(`${origin}${page.path}`, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const lhr: Result = result.lhr;
        if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
        lighthouseVersion = lhr.lighthouseVersion;
        benchmarkIndex.push(lhr.environment.benchmarkIndex);
        const landed = new URL(lhr.finalDisplayedUrl).pathname;
        if (landed !== page.path) problems.add(`landed on ${landed}`);
        for (const failure of accessibilityFailures(lhr)) problems.add(failure);
        for (const url of foreignRequests(lhr, origin, blockedUrlPatterns))
          problems.add(`loaded ${url}`);
        const f = figuresOf(lhr);
        figures.push(f);
        log(
          `${page.label} run ${run}: LCP ${Math.round(f.lcpMs)} ms, TBT ${Math.round(f.tbtMs)} ms, CLS ${f.cls.toFixed(3)}, a11y ${f.accessibility}, perf ${f.performance}`,
        );
        if (reportsDir) {
          const base = path.join(reportsDir, `${page.key}-${run}`);
          writeFileSync(`${base}.html`, generateReport(lhr, "html"));
          // The JSON holds what the HTML only draws: the LCP element, its phases and the critical chain.
          writeFileSync(`${base}.json`, JSON.stringify(lhr));
        }
      }
      reports.push({
        label: page.label,
        path: page.path.replace(doctor, "<id>"),
        runs: figures,
        summary: summarize(figures),
        problems: [...problems],
      });
    }
  } finally {
    await chromium.close();
  }

  const report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
    origin,
    locale: locale ?? "default",
    throttling,
    lighthouse: lighthouseVersion,
    chromium: chromium.version,
    node: process.version,
    nproc: os.availableParallelism(),
    benchmarkIndex,
    loadStart,
    loadEnd: os.loadavg(),
    pages: reports,
  };
  console.log(`\n${consoleReport(report)}\n`);
  for (const p of reports)
    for (const problem of p.problems) console.log(`[lighthouse] ${p.label}: ${problem}`);
  if (process.env.LH_NO_DOCS !== "1") {
    appendFileSync("docs/performance.md", `\n${markdownSection(report)}`);
    log("appended to docs/performance.md");
  }
  const failed = reports.filter((p) => !passed(p));
  if (failed.length) log(`missed a target: ${failed.map((p) => p.label).join(", ")}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
