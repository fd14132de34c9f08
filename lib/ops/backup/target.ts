import path from "node:path";

/** Where a backup is read from or restored into. */
export type DatabaseTarget =
  { engine: "postgres"; url: string } | { engine: "pglite"; dir: string };

export class BackupError extends Error {}

/**
 * The same rule as db/client.ts: `postgres://` is PostgreSQL, `pglite://<dir>` or nothing is the
 * embedded database (then PGLITE_DIR, default .data/pglite). An in-memory PGlite has nothing on
 * disk to back up or restore into.
 */
export function resolveTarget(url: string | undefined, pgliteDir = ".data/pglite"): DatabaseTarget {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: "postgres", url };
  if (url && !url.startsWith("pglite:")) {
    throw new BackupError(`unsupported database URL ${redactUrl(url)} (postgres:// or pglite://)`);
  }
  const dir = url ? url.slice("pglite://".length) : pgliteDir;
  if (dir === "" || dir === "memory") {
    throw new BackupError("an in-memory PGlite (pglite://memory) has nothing on disk to back up");
  }
  return { engine: "pglite", dir: path.resolve(dir) };
}

/** A URL fit for a log line: the password (and user name) replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = "***";
      parsed.password = "";
    }
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}

/** What the manifest records about the source: host and database name, never credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") return `pglite ${target.dir}`;
  const parsed = new URL(target.url);
  return `postgres ${parsed.host}${parsed.pathname}`;
}
