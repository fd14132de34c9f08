import "server-only";
import { sql } from "drizzle-orm";
import { db, dbDriver } from "@/db/client";
import { AppError } from "@/lib/errors";

/** Readiness: the database answers a query within two seconds. */
export async function checkReadiness(): Promise<{
  status: "ready";
  database: string;
  latencyMs: number;
}> {
  const started = performance.now();
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("database timeout")), 2000).unref(),
      ),
    ]);
  } catch (cause) {
    throw new AppError("unavailable", "The database is not reachable.", { cause });
  }
  return {
    status: "ready",
    database: dbDriver(),
    latencyMs: Math.round(performance.now() - started),
  };
}
