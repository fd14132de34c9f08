/**
 * npm run db:seed                 migrate, then fill an EMPTY database with the demo data set
 * npm run db:seed -- --scale N    also add N x (100 doctors, 200 patients, 1,000 appointments)
 *
 * Uses DATABASE_URL (postgres://... or pglite://<dir>; unset = the embedded PGlite in .data/).
 * Run with `tsx --conditions=react-server` so `server-only` imports resolve.
 */
import { closeDb, db, dbDriver } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { tableCounts } from "@/db/seed/counts";
import { seedDemo } from "@/db/seed/demo";
import { seedScale } from "@/db/seed/scale";

function parseArgs(argv: string[]): { scale: number | null } {
  let scale: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--scale" || arg.startsWith("--scale=")) {
      const raw = arg.includes("=") ? arg.slice("--scale=".length) : argv[++i];
      const n = Number(raw);
      if (!raw || !Number.isInteger(n) || n < 1)
        throw new UsageError(`--scale needs a positive integer (got ${raw ?? "nothing"})`);
      scale = n;
    } else if (arg === "--help" || arg === "-h") {
      throw new UsageError("");
    } else {
      throw new UsageError(`unknown argument ${arg}`);
    }
  }
  return { scale };
}

class UsageError extends Error {}

const usage = "usage: npm run db:seed [-- --scale N]";

function printCounts(counts: Record<string, number>): void {
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  for (const [table, n] of Object.entries(counts)) {
    console.log(`  ${table.padEnd(width)}  ${n.toLocaleString("en-IN").padStart(12)}`);
  }
}

/** Drizzle wraps driver errors as "Failed query: <sql>": show the database's reason, not the SQL. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause.message : null;
  const head = err.message.length > 200 ? `${err.message.slice(0, 200)}...` : err.message;
  return cause ? `${cause} (${head.split("\n")[0]})` : head;
}

async function main(): Promise<void> {
  const { scale } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const target =
    process.env.DATABASE_URL?.replace(/\/\/[^@/]*@/, "//***@") ?? "embedded PGlite (.data/pglite)";
  console.log(`database: ${dbDriver()} ${target}`);

  let t0 = performance.now();
  await migrateDatabase();
  console.log(`migrations applied in ${Math.round(performance.now() - t0)} ms`);

  t0 = performance.now();
  const demo = await seedDemo(db);
  console.log(`${demo.message} (${Math.round(performance.now() - t0)} ms)`);

  if (scale !== null) {
    console.log(
      `scale seed x${scale}: ${scale * 100} doctors, ${scale * 200} patients, ${scale * 1000} appointments`,
    );
    const summary = await seedScale(db, scale, { log: (line) => console.log(line) });
    console.log(
      `scale seed done in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${summary.doctors} doctors, ${summary.patients} patients, ` +
        `${summary.appointments} appointments, ${summary.ratings} ratings, ${summary.availability} availability rows`,
    );
  }

  console.log("rows per table:");
  printCounts(await tableCounts(db));
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .then(async () => {
    await closeDb();
  })
  .catch(async (err: unknown) => {
    if (err instanceof UsageError) {
      if (err.message) console.error(`db:seed: ${err.message}`);
      console.error(usage);
      process.exitCode = err.message ? 2 : 0;
    } else {
      console.error(`db:seed failed: ${describe(err)}`);
      if (process.env.DEBUG && err instanceof Error && err.stack) console.error(err.stack);
      process.exitCode = 1;
    }
    await closeDb().catch(() => {});
  });
