import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { fillPlaceholders, type ExtractTablesWithRelations, type SQL } from "drizzle-orm";
import postgres from "postgres";
import { instrumentPglite, instrumentPostgresJs } from "@/lib/observability/db-spans";
import { pgliteExtensions } from "./pglite-extensions";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type DbDriver = "pglite" | "postgres";

export interface Connection {
  db: Db;
  driver: DbDriver;
  /** What it was opened from: a postgres:// URL, a pglite:// one, or "" for the default PGlite. */
  url: string;
  close: () => Promise<void>;
  /** Runs SQL text and returns the driver's own rows (postgres.js: as a named prepared statement). */
  rows: <T>(text: string, params: unknown[]) => Promise<T[]>;
  /** Opens every pooled connection now (postgres.js; PGlite has one, opened already). */
  open?: () => Promise<void>;
}

/**
 * `DATABASE_URL` unset or `pglite://<dir>` (`pglite://memory` for RAM) -> PGlite;
 * `postgres://...` -> postgres.js. Read straight from process.env so scripts and tests that set it
 * before the first query get the database they asked for.
 */
export function connect(url = process.env.DATABASE_URL): Connection {
  if (!url || url.startsWith("pglite:")) {
    const target = url ? url.slice("pglite://".length) : (process.env.PGLITE_DIR ?? ".data/pglite");
    const dataDir = target === "memory" || target === "" ? undefined : path.resolve(target);
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const client = instrumentPglite(new PGlite({ dataDir, extensions: pgliteExtensions }));
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      url: url ?? "",
      close: () => client.close(),
      rows: async <T>(text: string, params: unknown[]) =>
        (await client.query<T>(text, params)).rows,
    };
  }
  const max = Number(process.env.DB_POOL_MAX ?? 10);
  const client = instrumentPostgresJs(
    postgres(url, {
      max,
      // Connections live as long as the process (see openPool): postgres.js would otherwise
      // replace each one after 30-60 minutes, opening the new one inside whichever request
      // needed it.
      max_lifetime: 0,
      onnotice: () => {},
      connection: { application_name: "swasthai" },
    }),
  );
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    url,
    close: () => client.end({ timeout: 5 }),
    rows: <T>(text: string, params: unknown[]) =>
      client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      }) as unknown as Promise<T[]>,
    open: async () => {
      await Promise.all(Array.from({ length: max }, () => client`select 1`));
    },
  };
}

// One connection per process, kept on globalThis so dev-mode reloads do not open a second PGlite
// on the same directory (two writers would corrupt it).
const globalForDb = globalThis as unknown as { __swasthaiDb?: Connection };

function current(): Connection {
  globalForDb.__swasthaiDb ??= connect();
  return globalForDb.__swasthaiDb;
}

/**
 * Opens the whole pool at server start, outside any request. A socket or timer remembers the
 * async context it was created in (AsyncLocalStorage): a connection opened lazily by a request
 * kept that request's Next stores alive for the life of the process, and through them (an
 * aborted signal's error, its stack's Immediate, the Immediates queued after it) every request
 * rendered in the same event-loop turn. Under 50 concurrent page renders that held 800+ finished
 * responses and ran a 192 MB heap out of memory.
 */
export async function openPool(): Promise<void> {
  await current().open?.();
}

/** The process-wide connection (opened on first use), for code that needs more than `db`. */
export function processConnection(): Connection {
  return current();
}

/** The process-wide database. Resolved lazily so importing this module opens nothing. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = current().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/**
 * A statement built once per connection and reused: hot queries skip drizzle's per-request query
 * building, and on postgres.js run as server-side prepared statements. Keyed by the connection so
 * a reconnect (tests, scripts) never reuses a statement bound to a closed client.
 */
export function preparedOnce<T>(key: string, build: (on: Db) => T): T {
  const conn = current();
  let cache = preparedCache.get(conn);
  if (!cache) preparedCache.set(conn, (cache = new Map()));
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) {
    // Shapes come from a finite set of filters, but bound the cache all the same.
    if (cache.size >= 512) cache.clear();
    statement = build(conn.db);
    cache.set(key, statement);
  }
  return statement;
}

const preparedCache = new WeakMap<Connection, Map<string, unknown>>();

/**
 * A hot read whose rows are used as the driver returns them: the query is built once per
 * connection (its SQL text and placeholders), sent as a named prepared statement on postgres.js,
 * and its rows skip drizzle's field-by-field mapping. Name each selected field (`.as()`), since
 * rows are keyed by column name, and read values as either driver gives them (numeric as text).
 */
export function preparedRows<T>(
  key: string,
  build: (on: Db) => { toSQL(): { sql: string; params: unknown[] } },
): (values: Record<string, unknown>) => Promise<T[]> {
  const conn = current();
  const statement = preparedOnce(key, (on) => build(on).toSQL());
  return (values) => conn.rows<T>(statement.sql, fillPlaceholders(statement.params, values));
}

export function dbDriver(): DbDriver {
  return current().driver;
}

/** Closes the process-wide connection (scripts and tests). */
export async function closeDb(): Promise<void> {
  const conn = globalForDb.__swasthaiDb;
  globalForDb.__swasthaiDb = undefined;
  if (conn) await conn.close();
}

/** Runs raw SQL and returns its rows, whichever driver answers (the two shape results apart). */
export async function queryRows<T>(query: SQL, on: Queryable = db): Promise<T[]> {
  const result: unknown = await on.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
