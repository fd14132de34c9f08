import "server-only";
import { sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { defer } from "@/lib/tasks/defer";

/** The advisory-lock namespace of "a transaction that enqueued deliveries" (arbitrary, fixed). */
const LOCK_SPACE = 14_001;

/**
 * Holds a lock, keyed by the first inbox row, until the caller's transaction ends. The drain kick
 * waits on it, so it never looks for rows before they are committed.
 */
export async function lockUntilCommit(on: Queryable, key: number): Promise<void> {
  await on.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}::int, ${key}::int)`);
}

/**
 * Drains the outbox once the enqueuing transaction has ended (in a request: after the response).
 * The caller never waits; a failed drain leaves the rows for the next one (cron or QStash).
 */
export function kickDrainAfterCommit(key: number): void {
  defer(async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}::int, ${key}::int)`);
    });
    const { drainDeliveries } = await import("./drain");
    await drainDeliveries();
  });
}
