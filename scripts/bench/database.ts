// The bench database: created fresh, migrated and seeded with `db:seed --scale N`, or reused when
// an earlier run left exactly N x 100 scale doctors in it. Also EXPLAIN and version probes.
import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import type { DoctorsSql } from "./doctors-sql";

const tsx = path.resolve("node_modules", ".bin", "tsx");

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function scaleDoctorCount(url: string): Promise<number | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<
      { n: number }[]
    >`select count(*)::int as n from doctors where license_number like 'SCALE-%'`;
    return row?.n ?? 0;
  } catch {
    return null; // not migrated, or not our schema
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function runScript(cwd: string, script: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tsx, ["--conditions=react-server", script, ...args], {
    cwd,
    stdio: "inherit",
    env,
  });
  if (result.status !== 0)
    throw new Error(`${script} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

export interface PreparedDatabase {
  reused: boolean;
  seconds: number;
}

/**
 * Makes `url` a migrated database holding the demo seed plus `scale` x 100 scale doctors. Drops and
 * recreates it unless it already matches; refuses to drop a database whose name lacks "bench".
 * Migrations and seed run from `cwd` (the source copy that is built).
 */
export async function prepareDatabase(
  url: string,
  scale: number,
  cwd: string,
  log: (line: string) => void,
): Promise<PreparedDatabase> {
  const started = performance.now();
  const name = databaseName(url);
  const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" };
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.href, { max: 1, onnotice: () => {} });
  try {
    const exists = (await sql`select 1 from pg_database where datname = ${name}`).length > 0;
    const count = exists ? await scaleDoctorCount(url) : null;
    if (count === scale * 100) {
      log(
        `reusing database ${name}: ${count} scale doctors (scale ${scale}); applying new migrations`,
      );
      runScript(cwd, "scripts/db-migrate.ts", [], env);
      return { reused: true, seconds: (performance.now() - started) / 1000 };
    }
    if (!name.includes("bench"))
      throw new Error(`refusing to drop database "${name}": its name must contain "bench"`);
    log(
      exists
        ? `database ${name} holds ${count ?? "no"} scale doctors, want ${scale * 100}: recreating`
        : `creating database ${name}`,
    );
    await sql.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
    await sql.unsafe(`create database ${quoteIdent(name)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  runScript(cwd, "scripts/db-seed.ts", ["--scale", String(scale)], env);
  const target = postgres(url, { max: 1, onnotice: () => {} });
  try {
    log("vacuum analyze");
    await target.unsafe("vacuum analyze");
  } finally {
    await target.end({ timeout: 5 });
  }
  return { reused: false, seconds: (performance.now() - started) / 1000 };
}

export interface DatabaseFacts {
  postgresVersion: string;
  counts: Record<string, number>;
  /** A verified scale doctor with an availability template (for the availability endpoint). */
  sampleDoctorUuid: string | null;
}

export async function databaseFacts(url: string): Promise<DatabaseFacts> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [version] = await sql<{ server_version: string }[]>`show server_version`;
    const counts: Record<string, number> = {};
    for (const table of ["doctors", "users", "appointments", "facilities", "doctor_availability"]) {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`;
      counts[table] = row?.n ?? 0;
    }
    const [doctor] = await sql<{ uuid: string }[]>`
      select d.uuid from doctors d
      where d.verification_status = 'verified' and d.license_number like 'SCALE-%'
        and exists (select 1 from doctor_availability a where a.doctor_id = d.id)
      order by d.id limit 1`;
    return {
      postgresVersion: version?.server_version ?? "?",
      counts,
      sampleDoctorUuid: doctor?.uuid ?? null,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export interface Explained {
  plan: string;
  executionMs: number;
  planningMs: number;
  indexes: string[];
  seqScans: string[];
}

/**
 * Waits (at most `timeoutMs`) until no other session runs a statement in the bench database: the
 * server works off the requests still queued for its pool after a run stops.
 */
export async function waitForIdleDatabase(sql: postgres.Sql, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let idle = 0;
  while (idle < 2 && Date.now() < deadline) {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
    idle = row?.n === 0 ? idle + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs scripts/bench/capture-sql.ts in `cwd`: the doctors endpoint's statement for each search. */
export function captureDoctorsSql(cwd: string, url: string, searches: string[]): DoctorsSql[] {
  const result = spawnSync(
    tsx,
    ["--conditions=react-server", "scripts/bench/capture-sql.ts", ...searches],
    {
      cwd,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.status !== 0 || !last.startsWith("["))
    throw new Error(`capture-sql failed (exit ${result.status}): ${result.stdout.slice(-500)}`);
  return JSON.parse(last) as DoctorsSql[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement; run `repeat` times, the last one reported (warm cache). */
export async function explain(
  url: string,
  text: string,
  params: unknown[],
  repeat = 3,
): Promise<Explained> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    let lines: string[] = [];
    for (let i = 0; i < repeat; i++) {
      const rows = await sql.unsafe(
        `explain (analyze, buffers) ${text}`,
        params as postgres.ParameterOrJSON<never>[],
      );
      lines = rows.map((r) => String((r as Record<string, unknown>)["QUERY PLAN"]));
    }
    const plan = lines.join("\n");
    const number = (re: RegExp) => Number(re.exec(plan)?.[1] ?? Number.NaN);
    const indexes = [
      ...plan.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g),
    ].map((m) => m[1]!);
    // A sequence is one row that can only be read by a "Seq Scan": not a table scan.
    const sequences = new Set(
      (await sql`select relname from pg_class where relkind = 'S'`).map((r) => String(r.relname)),
    );
    const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)]
      .map((m) => m[1]!)
      .filter((relation) => !sequences.has(relation));
    return {
      plan,
      executionMs: number(/Execution Time: ([\d.]+) ms/),
      planningMs: number(/Planning Time: ([\d.]+) ms/),
      indexes: [...new Set(indexes)],
      seqScans: [...new Set(seqScans)],
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
