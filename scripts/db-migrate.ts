// `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL (or the embedded PGlite).
import { closeDb, dbDriver } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const started = performance.now();
try {
  await migrateDatabase();
  console.log(
    `migrations applied (${dbDriver()}) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error("migration failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
