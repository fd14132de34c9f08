import "server-only";
import path from "node:path";
import postgres from "postgres";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { processConnection, type Connection } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");

/**
 * Applies the SQL migrations in drizzle/ that the database has not seen yet (the process-wide
 * database unless told otherwise).
 */
export async function migrateDatabase(
  target: Pick<Connection, "db" | "driver" | "url"> = processConnection(),
): Promise<void> {
  if (target.driver === "pglite") {
    await migratePglite(target.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migrateWithLock(target.url);
  }
}

/**
 * Two deploys may migrate at once (two Vercel builds, two release jobs). drizzle reads the last
 * applied migration before its transaction, so both would see the same gap and the second would
 * fail half-way on "already exists". A session advisory lock, taken on a connection of our own and
 * held until the migrations are in, makes the second wait and then find nothing to do. One
 * connection (max: 1) so the lock and every migration statement share the session; a pooler in
 * transaction mode would break that, which is why releases migrate over a direct URL.
 */
async function migrateWithLock(url: string): Promise<void> {
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: "swasthai-migrate" },
  });
  try {
    await client`select pg_advisory_lock(hashtext('swasthai:migrate'))`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    // Closing the session below releases the lock as well; unlocking says so explicitly.
    await client`select pg_advisory_unlock(hashtext('swasthai:migrate'))`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
