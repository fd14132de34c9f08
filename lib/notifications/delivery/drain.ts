import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { notificationDeliveries, type NotificationDeliveryRow } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { defaultAdapters, type DeliveryAdapters } from "./adapters";
import { DeliveryError } from "./errors";
import { retryDrainScheduling, scheduleRetryDrain } from "./qstash";

/** Attempts before a delivery is given up (the first one included). */
export const MAX_ATTEMPTS = 5;
/** A claim older than this means the drain died mid-send: the row fails, it is never resent. */
export const STALE_CLAIM_MINUTES = 10;
/** Retry n waits 30 s * 2^(n-1): 30 s, 1 min, 2 min, 4 min. */
export const backoffSeconds = (attempts: number) => 30 * 2 ** Math.max(0, attempts - 1);

const d = notificationDeliveries;

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  abandoned: number;
}

/**
 * Rows claimed by a drain that never came back. The provider may or may not have sent them, so
 * they are marked failed rather than retried: a message goes at most once.
 */
async function abandonStaleClaims(): Promise<number> {
  const rows = await db
    .update(d)
    .set({
      status: "failed",
      lastError: "The drain stopped while sending; not resent so it cannot go twice.",
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(d.status, "sending"),
        lte(d.claimedAt, sql`now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`),
      ),
    )
    .returning({ id: d.id });
  return rows.length;
}

/** Claims up to `limit` due rows; concurrent drains skip each other's rows. */
async function claim(limit: number): Promise<NotificationDeliveryRow[]> {
  const due = db
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, sql`now()`)))
    .orderBy(asc(d.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(d)
    .set({
      status: "sending",
      claimedAt: sql`now()`,
      attempts: sql`${d.attempts} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(inArray(d.id, due), eq(d.status, "pending")))
    .returning();
}

type Outcome = "sent" | "retrying" | "failed" | "skipped";

async function settle(row: NotificationDeliveryRow, adapters: DeliveryAdapters): Promise<Outcome> {
  const mine = and(eq(d.id, row.id), eq(d.status, "sending"));
  try {
    const result = await adapters[row.channel](row);
    if (result.status === "skipped") {
      await db
        .update(d)
        .set({ status: "skipped", lastError: result.reason, updatedAt: sql`now()` })
        .where(mine);
      return "skipped";
    }
    await db
      .update(d)
      .set({
        status: "sent",
        providerMessageId: result.providerMessageId,
        sentAt: sql`now()`,
        lastError: null,
        updatedAt: sql`now()`,
      })
      .where(mine);
    return "sent";
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const permanent = err instanceof DeliveryError && err.permanent;
    const giveUp = permanent || row.attempts >= MAX_ATTEMPTS;
    logger.warn(
      { delivery: row.uuid, channel: row.channel, attempts: row.attempts, giveUp, err },
      "delivery attempt failed",
    );
    await db
      .update(d)
      .set(
        giveUp
          ? { status: "failed", lastError: message, updatedAt: sql`now()` }
          : {
              status: "pending",
              lastError: message,
              claimedAt: null,
              nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(row.attempts)})`,
              updatedAt: sql`now()`,
            },
      )
      .where(mine);
    return giveUp ? "failed" : "retrying";
  }
}

/**
 * Sends what is due in the delivery outbox. Each row is claimed (status sending, attempts + 1)
 * BEFORE its provider call and settled after it, so a crash in between leaves a stale claim that
 * the next drain fails instead of resending. Safe to run concurrently (cron, QStash, the kick after
 * each notice): `for update skip locked` gives every row to one drain.
 */
export async function drainDeliveries(
  options: { limit?: number; maxBatches?: number; adapters?: DeliveryAdapters } = {},
): Promise<DrainResult> {
  const { limit = 25, maxBatches = 20, adapters = defaultAdapters } = options;
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0, skipped: 0, abandoned: 0 };
  result.abandoned = await abandonStaleClaims();
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = await claim(limit);
    for (const row of rows) result[await settle(row, adapters)] += 1;
    if (rows.length < limit) break;
  }
  if (retryDrainScheduling()) {
    const wait = await secondsUntilNextRetry();
    if (wait !== null) await scheduleRetryDrain(wait);
  }
  return result;
}

/** Seconds until the earliest waiting retry is due, or null when nothing waits. */
async function secondsUntilNextRetry(): Promise<number | null> {
  const [row] = await queryRows<{ s: string | null }>(
    sql`select extract(epoch from min(next_attempt_at) - now()) as s
          from notification_deliveries where status = 'pending'`,
  );
  return row?.s == null ? null : Math.max(1, Math.ceil(Number(row.s)));
}
