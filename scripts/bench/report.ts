// Tables for the console and the dated section `npm run bench` appends to docs/performance.md.
import type { Explained } from "./database";
import { serverNodeOptions } from "./server-heap";
import type { RunResult, Summary } from "./load";

export interface TargetReport {
  key: string;
  label: string;
  path: string;
  runs: RunResult[];
  rps: Summary;
  p50: Summary;
  p99: Summary;
  /** CPU ms the serving process spent per request (the app, or B-bare's own process). */
  cpuMs: Summary;
}

export interface RatioReport {
  what: string;
  of: string;
  /** median(target) / median(baseline) */
  value: number;
  /** per-round ratios (rounds are interleaved, so each pair ran minutes apart at most) */
  min: number;
  max: number;
  target: number;
}

export interface HalfLoadReport {
  key: string;
  label: string;
  maxRps: number;
  connections: number;
  overallRate?: number;
  probes: { connections: number; rps: number; share: number }[];
  result: RunResult;
  p99Target: number;
}

export interface ExplainReport {
  label: string;
  search: string;
  rows: number;
  total: number;
  explained: Explained;
}

export interface MemoryReport {
  seconds: number;
  /** The targets every connection sent in turn. */
  paths: string[];
  connections: number;
  /** Requests per second over all connections (half of what the mix can take). */
  rate: number;
  result: RunResult;
  /** Bytes of RSS (the fresh server's process group) after start-up, before any load; null off Linux. */
  idleRss: number | null;
  startRss: number;
  endRss: number;
  maxRss: number;
  samples: number;
  /** Bytes of RSS at most during the saturation runs (the first server); null off Linux. */
  overloadPeak: number | null;
  limit: number;
  /** Largest allowed (end - start) / start. */
  growthLimit: number;
}

export interface BenchReport {
  date: string;
  commit: string;
  source: "commit" | "tree";
  /** Paths built from the working tree that differ from the commit. */
  uncommitted: string[];
  node: string;
  next: string;
  postgres: string;
  autocannon: string;
  nproc: number;
  loadStart: number[];
  loadEnd: number[];
  scale: number;
  counts: Record<string, number>;
  databaseReused: boolean;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  rounds: number;
  targets: TargetReport[];
  ratios: RatioReport[];
  halfLoad: HalfLoadReport[];
  explains: ExplainReport[];
  memory?: MemoryReport;
  notes: string[];
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "-");
const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)}%` : "-");
const mark = (ok: boolean) => (ok ? "yes" : "**no**");
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");

export function explainOk(e: Explained): boolean {
  return e.indexes.length > 0 && e.seqScans.length === 0 && e.executionMs <= 2;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function throughputTable(r: BenchReport): string {
  return table(
    [
      "target",
      "request",
      "req/s median",
      "min-max (spread)",
      "p50 ms",
      "p99 ms",
      "server CPU ms/req",
      "non-2xx",
      "errors (timeouts)",
    ],
    r.targets.map((t) => [
      t.label,
      `\`${t.path}\``,
      f0(t.rps.median),
      `${f0(t.rps.min)}-${f0(t.rps.max)} (${pct(t.rps.spread)})`,
      f1(t.p50.median),
      f1(t.p99.median),
      f2(t.cpuMs.median),
      String(t.runs.reduce((n, run) => n + run.non2xx, 0)),
      `${t.runs.reduce((n, run) => n + run.errors, 0)} (${t.runs.reduce((n, run) => n + run.timeouts, 0)})`,
    ]),
  );
}

function ratioTable(r: BenchReport): string {
  return table(
    ["ratio", "measured (per-round range)", "target", "met"],
    r.ratios.map((x) => [
      `${x.what} / ${x.of}`,
      `${pct(x.value)} (${pct(x.min)}-${pct(x.max)})`,
      `>= ${pct(x.target)}`,
      // A baseline that served nothing gives no ratio, not an infinite one.
      mark(Number.isFinite(x.value) && x.value >= x.target),
    ]),
  );
}

function halfLoadTable(r: BenchReport): string {
  return table(
    [
      "at half load",
      "connections",
      "req/s (share of max)",
      "p50 ms",
      "p99 ms",
      "p99 target",
      "met",
      "probes",
    ],
    r.halfLoad.map((h) => [
      h.label,
      h.overallRate ? `${h.connections}, capped at ${h.overallRate} req/s` : String(h.connections),
      `${f0(h.result.rps)} (${pct(h.result.rps / h.maxRps)})`,
      f1(h.result.p50),
      f1(h.result.p99),
      `<= ${h.p99Target}`,
      mark(h.result.total > 0 && h.result.p99 <= h.p99Target),
      h.probes.map((p) => `c=${p.connections}: ${pct(p.share)}`).join(", "),
    ]),
  );
}

function explainTable(r: BenchReport): string {
  return table(
    [
      "EXPLAIN (ANALYZE, BUFFERS)",
      "rows (total)",
      "execution ms",
      "planning ms",
      "indexes",
      "seq scans",
      "index use and <= 2 ms",
    ],
    r.explains.map((e) => [
      `${e.label} \`?${e.search}\``,
      `${e.rows} (${e.total})`,
      f1(e.explained.executionMs),
      f1(e.explained.planningMs),
      e.explained.indexes.join(", ") || "none",
      e.explained.seqScans.join(", ") || "none",
      mark(explainOk(e.explained)),
    ]),
  );
}

const mb = (bytes: number) => f0(bytes / (1024 * 1024));

export function memoryOk(m: MemoryReport): boolean {
  return m.maxRss <= m.limit && (m.endRss - m.startRss) / m.startRss < m.growthLimit;
}

function memoryTable(r: BenchReport): string {
  const m = r.memory;
  if (!m) return "Memory run skipped (BENCH_MEMORY_SECONDS=0).";
  return [
    `Memory run on a fresh server (\`${serverNodeOptions}\`, as the Dockerfile runs it) after a warm-up: ${m.seconds} s, ${m.connections} connections capped at ${f0(m.rate)} req/s, each sending in turn ${m.paths.map((p) => `\`${p}\``).join(", ")}. RSS of the server's process group, sampled every 5 s (${m.samples} samples). ` +
      `During the saturation runs above (${r.connections} connections) the first server's RSS peaked at ${m.overloadPeak === null ? "-" : mb(m.overloadPeak)} MB.`,
    "",
    table(
      [
        "req/s",
        "p50 ms",
        "p99 ms",
        "RSS idle MB",
        "RSS start MB",
        "RSS end MB",
        "RSS max MB",
        "growth",
        "target",
        "met",
      ],
      [
        [
          f0(m.result.rps),
          f1(m.result.p50),
          f1(m.result.p99),
          m.idleRss === null ? "-" : mb(m.idleRss),
          mb(m.startRss),
          mb(m.endRss),
          mb(m.maxRss),
          pct((m.endRss - m.startRss) / m.startRss),
          `max <= ${mb(m.limit)} MB, growth < ${pct(m.growthLimit)}`,
          mark(memoryOk(m)),
        ],
      ],
    ),
  ].join("\n");
}

export function consoleReport(r: BenchReport): string {
  return [
    throughputTable(r),
    ratioTable(r),
    halfLoadTable(r),
    memoryTable(r),
    explainTable(r),
    ...r.notes.map((n) => `note: ${n}`),
  ].join("\n\n");
}

function sourceNote(r: BenchReport): string {
  const n = r.uncommitted.length;
  if (r.source === "tree")
    return n ? ` + working tree (${n} uncommitted paths)` : " (working tree, clean)";
  return n ? ` + uncommitted bench files (${r.uncommitted.join(", ")})` : "";
}

export function markdownSection(r: BenchReport): string {
  const counts = Object.entries(r.counts)
    .map(([t, n]) => `${n.toLocaleString("en-US")} ${t}`)
    .join(", ");
  const plans = r.explains
    .map(
      (e) =>
        `<details><summary>plan: ${e.label}</summary>\n\n\`\`\`\n${e.explained.plan}\n\`\`\`\n\n</details>`,
    )
    .join("\n\n");
  return [
    `## ${r.date}: commit ${r.commit}${sourceNote(r)}`,
    "",
    `Node ${r.node}, Next ${r.next}, PostgreSQL ${r.postgres}, autocannon ${r.autocannon}, nproc ${r.nproc}. ` +
      `Load average (1/5/15 min) ${load(r.loadStart)} at start, ${load(r.loadEnd)} at end.`,
    `Scale ${r.scale}${r.databaseReused ? " (bench database reused)" : ""}: ${counts}.`,
    `${r.connections} connections, keep-alive, no pipelining; ${r.warmupSeconds} s warm-up per target, then ${r.rounds} rounds of ` +
      `${r.seconds} s per target, interleaved (round 1 of every target, then round 2, ...); median and min-max of the rounds.`,
    "",
    throughputTable(r),
    "",
    ratioTable(r),
    "",
    halfLoadTable(r),
    "",
    memoryTable(r),
    "",
    explainTable(r),
    "",
    ...(r.notes.length ? [...r.notes.map((n) => `- ${n}`), ""] : []),
    plans,
    "",
  ].join("\n");
}
