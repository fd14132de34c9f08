/**
 * npm run bench: the measurement method of docs/performance.md (design: shared/design/performance.md).
 *
 * Copies the source of HEAD (plus the bench's own files from the working tree) to .next-bench/src,
 * creates (or reuses) a seeded PostgreSQL bench database, builds the copy with
 * NEXT_DIST_DIR=.next-bench, starts `next start` and a bare node:http + postgres.js server (B-bare),
 * measures every target with autocannon and appends a dated section to docs/performance.md.
 * Zero 5xx is a hard rule: any 5xx (or any other non-2xx) fails the bench.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL  postgres://postgres@127.0.0.1:5432/swasthai_bench (the name must contain "bench")
 *   BENCH_SCALE         1000 (x 100 doctors, 200 patients, 1,000 appointments); 100 for a quick run
 *   BENCH_SECONDS       15 per measured run (the warm-up is min(5, this)); e.g. 3 for a smoke run
 *   BENCH_ROUNDS        3
 *   BENCH_CONNECTIONS   50
 *   BENCH_SOURCE        commit (default: HEAD) | tree (the working tree as it is, to measure a change)
 *   BENCH_SKIP_BUILD    1 = start the existing build in .next-bench/src again
 *   BENCH_NO_DOCS       1 = print only, do not append to docs/performance.md
 *   BENCH_MEMORY_SECONDS 300: the memory run (a mix of the app's targets at half load, RSS sampled);
 *                       0 = skip it
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import {
  captureDoctorsSql,
  databaseFacts,
  explain,
  prepareDatabase,
  waitForIdleDatabase,
} from "./bench/database";
import { run, stopLoad, summarize, type RunResult } from "./bench/load";
import { freePort, killAllNow, start, stop, stopAll, waitForOk } from "./bench/processes";
import {
  consoleReport,
  markdownSection,
  type BenchReport,
  type HalfLoadReport,
  type MemoryReport,
  type RatioReport,
  type TargetReport,
} from "./bench/report";
import { groupCpuMs, groupRss, sampleRss } from "./bench/process-stats";
import { serverNodeOptions } from "./bench/server-heap";
import { signIn } from "./bench/session";
import { snapshot, type Snapshot } from "./bench/snapshot";

const benchDir = ".next-bench";
/** The source copy that is built and run (scripts/bench/snapshot.ts), and its build inside it. */
const srcDir = path.join(benchDir, "src");
const distDir = ".next-bench";
const source = process.env.BENCH_SOURCE === "tree" ? "tree" : "commit";
const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/swasthai_bench";
const scale = positiveInt("BENCH_SCALE", 1000);
const seconds = positiveInt("BENCH_SECONDS", 15);
const warmupSeconds = Math.min(5, seconds);
const rounds = positiveInt("BENCH_ROUNDS", 3);
const connections = positiveInt("BENCH_CONNECTIONS", 50);
const memorySeconds =
  process.env.BENCH_MEMORY_SECONDS === "0" ? 0 : positiveInt("BENCH_MEMORY_SECONDS", 300);
/** The memory target of the design's performance.md: RSS after 5 minutes at half load, not growing. */
const memoryLimitBytes = 400 * 1024 * 1024;
const memoryGrowthLimit = 0.1;
const docsFile = "docs/performance.md";
const serverLog = path.join(benchDir, "logs", "server.log");

const filteredSearch = "specialty=cardiologist&city=Pune&sort=rating";
// Issue #16's free-text search: a lay specialty word and two typos (a filler word, a surname).
const freeTextSearch = `q=${encodeURIComponent("skin doctr kulkarny")}`;
const require = createRequire(import.meta.url);

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a positive integer (got ${raw})`);
  return n;
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** The demo patient of db/seed/demo.ts (the bench database holds the demo seed). */
const demoPatient = { email: "patient@swasthai.dev", password: "Swasth@2026" };

class BenchFailure extends Error {}

/** Watches the bench database for queries still running between runs. */
let watcher: postgres.Sql | null = null;

interface Target {
  key: string;
  label: string;
  path: string;
  url: string;
  accept: string;
  /** The session cookie of a signed-in target. */
  cookie?: string;
}

/**
 * A run with any non-2xx answer (5xx above all) fails the bench. Timeouts (60 s) and socket errors
 * are counted and reported: on an overloaded machine they measure the overload, not a bug.
 */
function check(target: Target, result: RunResult, what: string): void {
  if (result.errors > 0)
    log(
      `${target.label} (${what}): ${result.errors} socket errors, ${result.timeouts} of them timeouts`,
    );
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodes)
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ");
    throw new BenchFailure(
      `${target.label} (${what}): ${result.status5xx} 5xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts [${codes}]`,
    );
  }
}

function headersOf(target: Target): Record<string, string> {
  return target.cookie
    ? { accept: target.accept, cookie: target.cookie }
    : { accept: target.accept };
}

/** Waits (at most 120 s) until `url` answers within 200 ms twice in a row: no backlog left. */
async function waitUntilIdle(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let fast = 0;
  while (fast < 2 && Date.now() < deadline) {
    const started = performance.now();
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).arrayBuffer();
    } catch {
      // counted as slow
    }
    fast = performance.now() - started < 200 ? fast + 1 : 0;
  }
  await new Promise((r) => setTimeout(r, 250));
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

function readSnapshotInfo(): Snapshot {
  const file = path.join(benchDir, "snapshot.json");
  if (!existsSync(file))
    throw new BenchFailure(`BENCH_SKIP_BUILD=1 but ${file} is missing: run once without it`);
  return JSON.parse(readFileSync(file, "utf8")) as Snapshot;
}

const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

async function main(): Promise<void> {
  const loadStart = os.loadavg();
  log(
    `nproc ${os.availableParallelism()}, load average ${loadStart.map((l) => l.toFixed(2)).join(" ")}`,
  );
  log(
    `scale ${scale}, ${connections} connections, warm-up ${warmupSeconds} s, ${rounds} x ${seconds} s per target`,
  );

  // 1. The source copy, the database, the doctors SQL (from listDoctors itself) and its plans.
  const skipBuild = process.env.BENCH_SKIP_BUILD === "1";
  const built = path.join(srcDir, distDir);
  if (skipBuild && !existsSync(path.join(built, "BUILD_ID")))
    throw new BenchFailure(`BENCH_SKIP_BUILD=1 but ${built} holds no build`);
  const snap = skipBuild ? readSnapshotInfo() : snapshot(srcDir, source, [distDir]);
  if (!skipBuild) writeFileSync(path.join(benchDir, "snapshot.json"), JSON.stringify(snap));
  log(
    `source: ${snap.source === "commit" ? `commit ${snap.commit}` : "working tree"} copied to ${srcDir}${snap.uncommitted.length ? ` (${snap.uncommitted.length} uncommitted paths)` : ""}`,
  );
  const prepared = await prepareDatabase(databaseUrl, scale, srcDir, log);
  log(`database ready in ${prepared.seconds.toFixed(1)} s`);
  const facts = await databaseFacts(databaseUrl);
  const [filtered, unfiltered] = captureDoctorsSql(srcDir, databaseUrl, [filteredSearch, ""]);
  if (!filtered || !unfiltered) throw new Error("capture-sql returned too few statements");
  const notes: string[] = [];
  if (filtered.rows === 0)
    notes.push(`the filtered query ?${filteredSearch} returned no rows on this data set`);
  const explains = [
    {
      label: "filtered",
      search: filtered.search,
      rows: filtered.rows,
      total: filtered.total,
      explained: await explain(databaseUrl, filtered.text, filtered.params),
    },
    {
      label: "unfiltered",
      search: unfiltered.search,
      rows: unfiltered.rows,
      total: unfiltered.total,
      explained: await explain(databaseUrl, unfiltered.text, unfiltered.params),
    },
  ];
  for (const e of explains)
    log(
      `EXPLAIN ${e.label}: ${e.explained.executionMs} ms, indexes [${e.explained.indexes.join(", ")}], seq scans [${e.explained.seqScans.join(", ")}]`,
    );

  // 2. Build and start the app, and B-bare.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DB_AUTO_MIGRATE: "0",
    SEED_DEMO: "0",
    BENCH_FLOOR: "1",
    LOG_LEVEL: "warn",
    RATE_LIMIT_SCALE: "1000000",
    // No proxy in front of the benchmarked server (production refuses to start without saying so).
    RATE_LIMIT_BY_IP: "off",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  // In-process rate limits and the mail outbox: the bench measures this process and PostgreSQL only.
  for (const key of [
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "RESEND_API_KEY",
    "PGLITE_DIR",
  ])
    delete env[key];
  const nextBin = require.resolve("next/dist/bin/next");
  if (!skipBuild) {
    log(`next build in ${srcDir} -> ${built}`);
    const started = performance.now();
    const code = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: srcDir,
      stdio: "inherit",
      env,
    }).status;
    if (code !== 0) throw new BenchFailure(`next build failed (exit ${code})`);
    log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  mkdirSync(path.dirname(serverLog), { recursive: true });
  const appPort = await freePort();
  const origin = `http://127.0.0.1:${appPort}`;
  const out = openSync(serverLog, "w");
  const startApp = async () => {
    const child = start(
      process.execPath,
      // The production heap cap (the Dockerfile's NODE_OPTIONS), so RSS is the deployed server's.
      [serverNodeOptions, nextBin, "start", "-H", "localhost", "-p", String(appPort)],
      {
        cwd: srcDir,
        env: { ...env, APP_URL: origin },
        stdio: ["ignore", out, out],
      },
    );
    log(`next start on ${origin} with ${serverNodeOptions} (log: ${serverLog})`);
    await waitForOk(`${origin}/api/bench/floor`, child, 120_000);
    return child;
  };
  let app = await startApp();
  // RSS through the saturation runs below (50 connections queueing on two cores), for the report.
  const stopOverloadSampling = app.pid === undefined ? null : sampleRss(app.pid);

  const bare = start(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "bench", "bare-server.ts")],
    {
      cwd: srcDir,
      env: { ...env, BENCH_SQL: JSON.stringify({ text: filtered.text, params: filtered.params }) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const barePort = await new Promise<number>((resolve, reject) => {
    bare.once("message", (m) => resolve((m as { port: number }).port));
    bare.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  await waitForOk(`http://127.0.0.1:${barePort}/`, bare, 30_000);

  // The seeded demo patient, signed in as through the login form; /dashboard proves the session
  // is live on the server (it sends a visitor without one to /login).
  const cookie = await signIn(origin, demoPatient.email, demoPatient.password);
  const dashboard = await fetch(`${origin}/dashboard`, {
    headers: { cookie, accept: "text/html" },
    redirect: "manual",
  });
  await dashboard.arrayBuffer();
  if (dashboard.status !== 200)
    throw new BenchFailure(
      `signed in as ${demoPatient.email}, /dashboard still answered ${dashboard.status} (${dashboard.headers.get("location")})`,
    );

  // 3. Targets.
  const json = "application/json";
  const html = "text/html,application/xhtml+xml";
  const targets: Target[] = [
    {
      key: "floor",
      label: "B-floor",
      path: "/api/bench/floor",
      url: `${origin}/api/bench/floor`,
      accept: json,
    },
    {
      key: "bare",
      label: "B-bare",
      path: `bare /?${filteredSearch}`,
      url: `http://127.0.0.1:${barePort}/`,
      accept: json,
    },
    {
      key: "page",
      label: "B-page",
      path: "/bench-page",
      url: `${origin}/bench-page`,
      accept: html,
    },
    {
      key: "doctors",
      label: "doctors API, filtered",
      path: `/api/v1/doctors?${filteredSearch}`,
      url: `${origin}/api/v1/doctors?${filteredSearch}`,
      accept: json,
    },
    {
      key: "doctorsAll",
      label: "doctors API, unfiltered",
      path: "/api/v1/doctors",
      url: `${origin}/api/v1/doctors`,
      accept: json,
    },
    {
      key: "freeText",
      label: "doctors API, free text",
      path: `/api/v1/doctors?${freeTextSearch}`,
      url: `${origin}/api/v1/doctors?${freeTextSearch}`,
      accept: json,
    },
    {
      key: "anonDoctors",
      label: "doctors page, anonymous",
      path: "/doctors (no cookie)",
      url: `${origin}/doctors`,
      accept: html,
    },
    {
      key: "search",
      label: "search page, signed in",
      path: `/doctors?${filteredSearch} (patient session)`,
      url: `${origin}/doctors?${filteredSearch}`,
      accept: html,
      cookie,
    },
  ];
  const availabilityRoute = path.join(
    "app",
    "api",
    "v1",
    "doctors",
    "[id]",
    "availability",
    "route.ts",
  );
  if (!existsSync(path.join(built, "server", availabilityRoute.replace(/\.ts$/, ".js")))) {
    notes.push(`availability not measured: the build has no ${availabilityRoute}`);
  } else if (!facts.sampleDoctorUuid) {
    notes.push("availability not measured: no verified scale doctor with an availability template");
  } else {
    const p = `/api/v1/doctors/${facts.sampleDoctorUuid}/availability`;
    targets.push({
      key: "availability",
      label: "availability (14 days)",
      path: p,
      url: `${origin}${p}`,
      accept: json,
    });
  }
  for (const t of targets) {
    const response = await fetch(t.url, { headers: headersOf(t) });
    const body = await response.text();
    if (response.status !== 200)
      throw new BenchFailure(
        `${t.label}: GET ${t.path} answered ${response.status}: ${body.slice(0, 300)}`,
      );
  }

  // 4. Warm-up, then interleaved rounds. The server keeps working off the requests in flight when a
  // run stops: settle() waits for that backlog before the next run starts.
  const sql = (watcher = postgres(databaseUrl, { max: 1, onnotice: () => {} }));
  const settle = async () => {
    await waitUntilIdle(`${origin}/api/bench/floor`);
    await waitForIdleDatabase(sql);
  };
  const measure = async (
    t: Target,
    options: { connections: number; seconds: number; overallRate?: number },
    what: string,
  ) => {
    await settle();
    const pid = t.key === "bare" ? bare.pid : app.pid;
    const cpuBefore = pid === undefined ? null : groupCpuMs(pid);
    const result = await run({
      url: t.url,
      accept: t.accept,
      headers: t.cookie ? { cookie: t.cookie } : undefined,
      ...options,
    });
    if (app.exitCode !== null || app.signalCode !== null)
      throw new BenchFailure(
        `next start exited (${app.exitCode ?? app.signalCode}) during ${t.label}`,
      );
    check(t, result, what);
    // Read at once: requests still in flight (at most one per connection) add a little.
    const cpuAfter = pid === undefined ? null : groupCpuMs(pid);
    if (cpuBefore !== null && cpuAfter !== null && result.total > 0)
      result.cpuMsPerRequest = (cpuAfter - cpuBefore) / result.total;
    return result;
  };
  for (const t of targets) {
    log(`warm-up ${t.label} (${warmupSeconds} s)`);
    await measure(t, { connections, seconds: warmupSeconds }, "warm-up");
  }
  const runs = new Map<string, RunResult[]>(targets.map((t) => [t.key, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const t of targets) {
      const result = await measure(t, { connections, seconds }, `round ${round}`);
      runs.get(t.key)!.push(result);
      log(
        `round ${round}/${rounds} ${t.label}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (load ${os.loadavg()[0]!.toFixed(2)})`,
      );
    }
  }
  const reports: TargetReport[] = targets.map((t) => {
    const r = runs.get(t.key)!;
    return {
      key: t.key,
      label: t.label,
      path: t.path,
      runs: r,
      rps: summarize(r.map((x) => x.rps)),
      p50: summarize(r.map((x) => x.p50)),
      p99: summarize(r.map((x) => x.p99)),
      cpuMs: summarize(r.map((x) => x.cpuMsPerRequest)),
    };
  });
  const byKey = new Map(reports.map((r) => [r.key, r]));
  const ratio = (what: string, of: string, target: number): RatioReport[] => {
    const a = byKey.get(what);
    const b = byKey.get(of);
    if (!a || !b) return [];
    const perRound = a.runs.map((x, i) => x.rps / b.runs[i]!.rps);
    return [
      {
        what: a.label,
        of: b.label,
        value: a.rps.median / b.rps.median,
        min: Math.min(...perRound),
        max: Math.max(...perRound),
        target,
      },
    ];
  };
  const ratios = [
    ...ratio("doctors", "floor", 0.7),
    ...ratio("doctors", "bare", 0.12),
    ...ratio("doctorsAll", "floor", 0.7),
    ...ratio("availability", "floor", 0.6),
    ...ratio("anonDoctors", "page", 3),
    ...ratio("search", "page", 0.5),
  ];

  // 5. Latency at half load: the closed-loop concurrency that gives 40-60% of the maximum.
  const halfLoad: HalfLoadReport[] = [];
  const p99Targets: Record<string, number> = {
    doctors: 25,
    doctorsAll: 25,
    freeText: 25,
    availability: 30,
    anonDoctors: 50,
    search: 150,
  };
  const probeSeconds = Math.min(5, seconds);
  for (const t of targets.filter((x) => x.key in p99Targets)) {
    const maxRps = byKey.get(t.key)!.rps.median;
    const probes: HalfLoadReport["probes"] = [];
    for (const c of [1, 2, 4, 8, 16, 32]) {
      const result = await measure(
        t,
        { connections: c, seconds: probeSeconds },
        `half-load probe c=${c}`,
      );
      probes.push({ connections: c, rps: result.rps, share: result.rps / maxRps });
      if (result.rps / maxRps >= 0.6) break;
    }
    const distance = (p: (typeof probes)[number]) => Math.abs(p.share - 0.5);
    const inBand = probes.filter((p) => p.share >= 0.4 && p.share <= 0.6);
    const chosen = (inBand.length ? inBand : probes).reduce((a, b) =>
      distance(b) < distance(a) ? b : a,
    );
    // Even one connection runs above 60%: keep it closed-loop but cap its rate at half the maximum.
    const overallRate =
      chosen.share > 0.6 && chosen.connections === 1
        ? Math.max(1, Math.round(maxRps / 2))
        : undefined;
    const result = await measure(
      t,
      { connections: chosen.connections, seconds, overallRate },
      "half load",
    );
    log(
      `half load ${t.label}: c=${chosen.connections}${overallRate ? ` capped ${overallRate} req/s` : ""}, ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
    );
    halfLoad.push({
      key: t.key,
      label: t.label,
      maxRps,
      connections: chosen.connections,
      overallRate,
      probes,
      result,
      p99Target: p99Targets[t.key]!,
    });
  }

  // 6. Memory: a fresh server (the saturation runs above are not half load; V8 keeps the heap they
  // grew), warmed for a tenth of the run (at most 30 s), then the app's own targets in turn on
  // every connection, at half the rate the mix can take (from the medians above), for
  // BENCH_MEMORY_SECONDS; RSS of the server's process group is sampled every 5 s. Growth is end
  // against start: by the start the heap has reached its working size, so what still grows is
  // what a leak would.
  const overloadPeak = stopOverloadSampling?.().samples.reduce((m, x) => Math.max(m, x.rss), 0);
  let memory: MemoryReport | undefined;
  if (memorySeconds > 0) {
    const mix = targets.filter((t) => !["floor", "bare", "page"].includes(t.key));
    // A target that finished nothing in its runs (an overloaded machine) says nothing of its rate.
    const rates = mix.map((t) => byKey.get(t.key)!.rps.median).filter((r) => r > 0);
    const maxRps = rates.length ? rates.length / rates.reduce((sum, r) => sum + 1 / r, 0) : 2;
    const rate = Math.max(1, Math.round(maxRps / 2));
    const memoryConnections = Math.min(8, connections);
    const mixRun = (seconds: number) =>
      run({
        url: origin,
        accept: html,
        connections: memoryConnections,
        seconds,
        overallRate: rate,
        requests: mix.map((t) => ({
          path: t.url.slice(origin.length),
          accept: t.accept,
          headers: t.cookie ? { cookie: t.cookie } : undefined,
        })),
      });
    await stop(app);
    app = await startApp();
    const idleRss = app.pid === undefined ? null : groupRss(app.pid);
    const warmSeconds = Math.max(1, Math.min(30, Math.round(memorySeconds / 10)));
    log(
      `memory run: fresh server, ${mix.length} targets in turn, ${memoryConnections} connections capped at ${rate} req/s (half of ${Math.round(maxRps)}), ${warmSeconds} s warm-up, then ${memorySeconds} s`,
    );
    check(
      { key: "memory", label: "memory warm-up", path: "", url: origin, accept: html },
      await mixRun(warmSeconds),
      "memory warm-up",
    );
    const stopSampling = sampleRss(app.pid!);
    const result = await mixRun(memorySeconds);
    const { samples } = stopSampling();
    if (app.exitCode !== null || app.signalCode !== null)
      throw new BenchFailure(
        `next start exited (${app.exitCode ?? app.signalCode}) during the memory run`,
      );
    check(
      { key: "memory", label: "memory run", path: "", url: origin, accept: html },
      result,
      "memory",
    );
    const start = samples[0]!.rss;
    const end = samples.at(-1)!.rss;
    memory = {
      seconds: memorySeconds,
      paths: mix.map((t) => t.path),
      connections: memoryConnections,
      rate,
      result,
      idleRss,
      startRss: start,
      endRss: end,
      maxRss: Math.max(...samples.map((x) => x.rss)),
      samples: samples.length,
      overloadPeak: overloadPeak ?? null,
      limit: memoryLimitBytes,
      growthLimit: memoryGrowthLimit,
    };
    log(
      `memory run: ${Math.round(result.rps)} req/s, p99 ${result.p99} ms; RSS ${mb(start)} MB at start, ${mb(end)} MB at end, ${mb(memory.maxRss)} MB max`,
    );
  }

  // 7. Report.
  notes.push(
    "B-bare runs the filtered statement as a named prepared statement (postgres.js default), as the app does since it prepares each doctor-list shape once per connection; EXPLAIN's seq scans leave out sequences (doctor_list_version is read in the page query).",
    "server CPU ms/req: user + system CPU time of the serving process group (/proc) over a run, divided by the requests it answered; it moves far less with the machine's other work than req/s does. PostgreSQL's CPU is not in it (B-bare against the filtered API shows the database's part).",
    "autocannon runs in the bench process on the same machine as the server, PostgreSQL and other engineers' work; the ratios come from interleaved rounds so that drifting load hits every target alike.",
  );
  const report: BenchReport = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: snap.commit,
    source: snap.source,
    uncommitted: snap.uncommitted,
    node: process.version,
    next: versionOf("next"),
    postgres: facts.postgresVersion,
    autocannon: versionOf("autocannon"),
    nproc: os.availableParallelism(),
    loadStart,
    loadEnd: os.loadavg(),
    scale,
    counts: facts.counts,
    databaseReused: prepared.reused,
    connections,
    warmupSeconds,
    seconds,
    rounds,
    targets: reports,
    ratios,
    halfLoad,
    explains,
    memory,
    notes,
  };
  console.log(`\n${consoleReport(report)}\n`);
  if (process.env.BENCH_NO_DOCS === "1") return;
  if (!existsSync(docsFile)) {
    writeFileSync(
      docsFile,
      "# Performance results\n\nDated sections appended by `npm run bench`; the method and targets are in the design's performance.md.\n\n",
    );
  }
  appendFileSync(docsFile, `\n${markdownSection(report)}`);
  // Keep `npm run format:check` green: Prettier aligns the new tables.
  spawnSync(path.resolve("node_modules", ".bin", "prettier"), ["--write", docsFile], {
    stdio: "ignore",
  });
  log(`appended to ${docsFile}`);
  await stop(bare);
  await stop(app);
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping`);
    stopLoad();
    void stopAll().finally(() => process.exit(130));
  });
}
process.on("exit", killAllNow);

main()
  .catch((error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof BenchFailure) && error instanceof Error && error.stack)
      console.error(error.stack);
    if (existsSync(serverLog)) {
      const tail = readFileSync(serverLog, "utf8").split("\n").slice(-30).join("\n");
      if (tail.trim()) console.error(`[bench] last lines of ${serverLog}:\n${tail}`);
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    await watcher?.end({ timeout: 5 });
    await stopAll();
  });
