import "server-only";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { db as processDb, dbDriver, type Db, type DbDriver } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Applies the SQL migrations in drizzle/ that the database has not seen yet. */
export async function migrateDatabase(
  target: Db = processDb,
  driver: DbDriver = dbDriver(),
): Promise<void> {
  if (driver === "pglite") {
    await migratePglite(target as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(target as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
