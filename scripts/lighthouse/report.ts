// Figures, verdicts and tables of `npm run lighthouse` (targets: issue 16, docs/performance.md).
import type { Result } from "lighthouse";

/** Done-when targets at Lighthouse's default mobile settings (simulated slow 4G, 4x CPU). */
export const targets = { lcpMs: 1500, tbtMs: 150, cls: 0.05, accessibility: 100 } as const;

export interface Figures {
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** 0-100, as Lighthouse shows it */
  performance: number;
  accessibility: number;
  bestPractices: number | null;
}

/** One run's figures, or an error when an audit this script relies on produced no number. */
export function figuresOf(lhr: Result): Figures {
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number")
      throw new Error(`audit ${id} has no value: ${lhr.audits[id]?.errorMessage ?? "missing"}`);
    return value;
  };
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return typeof s === "number" ? Math.round(s * 100) : null;
  };
  const performance = score("performance");
  const accessibility = score("accessibility");
  if (performance === null || accessibility === null)
    throw new Error("the performance or accessibility category has no score");
  return {
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    performance,
    accessibility,
    bestPractices: score("best-practices"),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The figures of several runs of one page: the median of each metric (Lighthouse's simulated
 * timings vary from run to run with the machine's load), and the lowest accessibility score
 * (axe is deterministic; a lower score in any run is a real failure, e.g. content that came late).
 */
export function summarize(runs: Figures[]): Figures {
  const of = (pick: (f: Figures) => number) => median(runs.map(pick));
  const bestPractices = runs.map((f) => f.bestPractices).filter((s): s is number => s !== null);
  return {
    lcpMs: of((f) => f.lcpMs),
    tbtMs: of((f) => f.tbtMs),
    cls: of((f) => f.cls),
    performance: of((f) => f.performance),
    accessibility: Math.min(...runs.map((f) => f.accessibility)),
    bestPractices: bestPractices.length ? median(bestPractices) : null,
  };
}

/** The targets a page's figures miss, in words; empty when it meets them all. */
export function misses(f: Figures): string[] {
  const out: string[] = [];
  if (f.lcpMs > targets.lcpMs) out.push(`LCP ${seconds(f.lcpMs)} > ${seconds(targets.lcpMs)}`);
  if (f.tbtMs > targets.tbtMs) out.push(`TBT ${Math.round(f.tbtMs)} ms > ${targets.tbtMs} ms`);
  if (f.cls > targets.cls) out.push(`CLS ${f.cls.toFixed(3)} > ${targets.cls}`);
  if (f.accessibility < targets.accessibility)
    out.push(`accessibility ${f.accessibility} < ${targets.accessibility}`);
  return out;
}

/** Accessibility audits that failed, with the elements axe named: what to fix, not just a score. */
export function accessibilityFailures(lhr: Result): string[] {
  const refs = lhr.categories.accessibility?.auditRefs ?? [];
  const out: string[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
    const items = (
      audit.details as { items?: { node?: { selector?: string; snippet?: string } }[] }
    )?.items;
    const nodes = (items ?? [])
      .map((i) => i.node?.selector ?? i.node?.snippet)
      .filter(Boolean)
      .slice(0, 5);
    out.push(`${ref.id}: ${audit.title}${nodes.length ? ` [${nodes.join(" | ")}]` : ""}`);
  }
  return out;
}

/** Whether `url` matches one of Lighthouse's blockedUrlPatterns (`*` matches anything). */
export function matchesPattern(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const regex = pattern.split("*").map((part) => part.replace(/[.?+^$()[\]{}|\\/]/g, "\\$&"));
    return new RegExp(`^${regex.join(".*")}$`).test(url);
  });
}

/**
 * URLs the page asked for from anywhere but the app, apart from those the run blocked: the run
 * must stay on this machine (no fonts, tiles or scripts from elsewhere), so any such request fails it.
 */
export function foreignRequests(
  lhr: Result,
  origin: string,
  blocked: readonly string[] = [],
): string[] {
  const items =
    (lhr.audits["network-requests"]?.details as { items?: { url?: string }[] } | undefined)
      ?.items ?? [];
  return items
    .map((i) => i.url ?? "")
    .filter(
      (url) =>
        /^https?:/.test(url) && new URL(url).origin !== origin && !matchesPattern(url, blocked),
    );
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export interface PageReport {
  label: string;
  path: string;
  runs: Figures[];
  summary: Figures;
  /** what failed, beyond the figures: accessibility audits, foreign requests, a redirect */
  problems: string[];
}

export interface LighthouseReport {
  date: string;
  commit: string;
  dirty: boolean;
  origin: string;
  /** LH_LOCALE, or "default" */
  locale: string;
  /** Lighthouse's throttlingMethod: "simulate" (its default) or "devtools" (LH_THROTTLING) */
  throttling?: "simulate" | "devtools";
  lighthouse: string;
  chromium: string;
  node: string;
  nproc: number;
  benchmarkIndex: number[];
  loadStart: number[];
  loadEnd: number[];
  pages: PageReport[];
}

export const passed = (p: PageReport) => misses(p.summary).length === 0 && p.problems.length === 0;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function rowsOf(r: LighthouseReport): string[][] {
  return r.pages.map((p) => {
    const f = p.summary;
    const range = (pick: (x: Figures) => number, fmt: (n: number) => string) =>
      p.runs.length > 1
        ? ` (${fmt(Math.min(...p.runs.map(pick)))}-${fmt(Math.max(...p.runs.map(pick))).trim()})`
        : "";
    return [
      p.label,
      `\`${p.path}\``,
      `${seconds(f.lcpMs)}${range(
        (x) => x.lcpMs,
        (n) => (n / 1000).toFixed(2),
      )}`,
      `${Math.round(f.tbtMs)} ms${range(
        (x) => x.tbtMs,
        (n) => String(Math.round(n)),
      )}`,
      f.cls.toFixed(3),
      String(f.accessibility),
      String(f.performance),
      f.bestPractices === null ? "-" : String(f.bestPractices),
      passed(p) ? "yes" : `**no**: ${[...misses(f), ...p.problems].join("; ")}`,
    ];
  });
}

const header = [
  "page",
  "path",
  "LCP (min-max)",
  "TBT (min-max)",
  "CLS",
  "a11y",
  "perf",
  "best pr.",
  "met",
];

export function consoleReport(r: LighthouseReport): string {
  return table(header, rowsOf(r));
}

function settingsOf(r: LighthouseReport): string {
  return r.throttling === "devtools"
    ? "Mobile settings with applied throttling (throttlingMethod devtools: Chromium itself slowed to slow 4G, 150 ms RTT and 1.6 Mbps, and a 4x slower CPU; metrics observed, not simulated; Moto G Power screen)"
    : "Default mobile settings (simulated slow 4G, 4x CPU slowdown, Moto G Power screen)";
}

export function markdownSection(r: LighthouseReport): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  const runs = r.pages[0]?.runs.length ?? 0;
  return [
    `## ${r.date}: Lighthouse${r.locale === "default" ? "" : ` (${r.locale})`}, commit ${r.commit}${r.dirty ? " (with uncommitted changes)" : ""}`,
    "",
    `Lighthouse ${r.lighthouse}, ${r.chromium} (Debian), Node ${r.node}, nproc ${r.nproc}; server ${r.origin}. ` +
      `Load average (1/5/15 min) ${load(r.loadStart)} at start, ${load(r.loadEnd)} at end; ` +
      `Lighthouse's benchmark index ${Math.round(Math.min(...r.benchmarkIndex))}-${Math.round(Math.max(...r.benchmarkIndex))}.`,
    `${settingsOf(r)}; ${runs} run${runs === 1 ? "" : "s"} per page, ` +
      `median of each metric (min-max in brackets), lowest accessibility score. ` +
      `Targets: LCP <= ${seconds(targets.lcpMs)}, TBT <= ${targets.tbtMs} ms, CLS <= ${targets.cls}, accessibility ${targets.accessibility}.`,
    "",
    table(header, rowsOf(r)),
    "",
  ].join("\n");
}
