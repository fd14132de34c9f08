import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db, type Queryable } from "@/db/client";
import type { DatabaseSnapshot } from "./compare";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Exact row counts of every table in the public schema, plus drizzle's migration journal
 * (`drizzle.__drizzle_migrations`, named schema-qualified). Public tables are keyed by bare name.
 */
export async function tableRowCounts(on: Queryable): Promise<Record<string, number>> {
  const tables = await queryRows<{ schema: string; name: string }>(
    sql`select schemaname as schema, tablename as name from pg_tables
        where schemaname = 'public' or (schemaname = 'drizzle' and tablename = '__drizzle_migrations')
        order by schemaname desc, tablename`,
    on,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await queryRows<{ n: number | string }>(
      sql.raw(`select count(*)::bigint as n from ${quote(t.schema)}.${quote(t.name)}`),
      on,
    );
    counts[t.schema === "public" ? t.name : `${t.schema}.${t.name}`] = Number(row?.n ?? 0);
  }
  return counts;
}

/**
 * md5 over the text form of every appointments row in id order: equal only if every column of
 * every booking came back. Null when the table does not exist (an unmigrated database).
 */
export async function appointmentsChecksum(on: Queryable): Promise<string | null> {
  const [exists] = await queryRows<{ found: boolean }>(
    sql`select to_regclass('public.appointments') is not null as found`,
    on,
  );
  if (!exists?.found) return null;
  const [row] = await queryRows<{ md5: string }>(
    sql`select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) as md5 from appointments a`,
    on,
  );
  return row?.md5 ?? null;
}

/**
 * Row text depends on session settings (a timestamptz prints in the session's time zone): pin them
 * so a checksum taken on one server matches one taken on another. Needs an open transaction.
 */
export async function pinTextOutput(tx: Queryable): Promise<void> {
  for (const setting of pinnedSettings) await tx.execute(sql.raw(`set local ${setting}`));
}

const pinnedSettings = [
  "timezone to 'UTC'",
  "datestyle to 'ISO, MDY'",
  "intervalstyle to 'postgres'",
  "extra_float_digits to 1",
  "bytea_output to 'hex'",
];

/** Counts and checksum read inside an already open transaction (one consistent view). */
export async function readSnapshotIn(tx: Queryable): Promise<DatabaseSnapshot> {
  await pinTextOutput(tx);
  return { tables: await tableRowCounts(tx), appointmentsChecksum: await appointmentsChecksum(tx) };
}

/** Counts and checksum of a database no one else is writing to (a fresh restore). */
export function readSnapshot(db: Db): Promise<DatabaseSnapshot> {
  return db.transaction((tx) => readSnapshotIn(tx));
}
