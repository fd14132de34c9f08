import { describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { notificationDeliveries, type NotificationDeliveryRow } from "@/db/schema";
import { env } from "@/lib/env";
import { createUser } from "@/tests/factories";
import { startFakeProvider } from "@/tests/fake-sms-servers";
import type { DeliveryAdapters, SendResult } from "./adapters";
import { backoffSeconds, drainDeliveries, MAX_ATTEMPTS } from "./drain";
import { DeliveryError } from "./errors";

/** `n` pending email deliveries for one user, due now. */
async function enqueue(n: number) {
  const user = await createUser();
  const rows = await db
    .insert(notificationDeliveries)
    .values(
      Array.from({ length: n }, (_, i) => ({
        userId: user.id,
        channel: "email" as const,
        event: "appointment_booked",
        payload: { template: "appointment_booked", data: {}, locale: "en" },
        dedupeKey: `test:${user.id}:${i}:email`,
      })),
    )
    .returning({ id: notificationDeliveries.id });
  return rows.map((r) => r.id);
}

/** Fake adapters for every channel that record each send and answer `send`. */
function counting(send: (row: NotificationDeliveryRow) => Promise<SendResult>) {
  const calls: number[] = [];
  const adapter = async (row: NotificationDeliveryRow) => {
    calls.push(row.id);
    return send(row);
  };
  const adapters: DeliveryAdapters = { email: adapter, sms: adapter, push: adapter };
  return { calls, adapters };
}

const sent = async (): Promise<SendResult> => ({ status: "sent", providerMessageId: "prov-1" });

async function rowOf(id: number) {
  const [row] = await db
    .select()
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.id, id));
  return row!;
}

/** Seconds from now until the row is due again. */
async function dueInSeconds(id: number): Promise<number> {
  const [row] = await queryRows<{ s: string }>(
    sql`select extract(epoch from next_attempt_at - now()) as s from notification_deliveries where id = ${id}`,
  );
  return Number(row!.s);
}

const makeDue = (id: number) =>
  db
    .update(notificationDeliveries)
    .set({ nextAttemptAt: sql`now()` })
    .where(eq(notificationDeliveries.id, id));

describe(`drainDeliveries (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("sends what is due and records the provider's id", async () => {
    const [id] = await enqueue(1);
    const { calls, adapters } = counting(sent);
    expect(await drainDeliveries({ adapters })).toMatchObject({ sent: 1, retrying: 0 });
    expect(calls).toEqual([id]);
    expect(await rowOf(id!)).toMatchObject({
      status: "sent",
      attempts: 1,
      providerMessageId: "prov-1",
      lastError: null,
    });
    expect((await rowOf(id!)).sentAt).not.toBeNull();
    // Nothing is due any more: a second drain sends nothing.
    await drainDeliveries({ adapters });
    expect(calls).toHaveLength(1);
  });

  it("retries a failed send with exponential backoff and gives up after 5 attempts", async () => {
    const [id] = await enqueue(1);
    const { calls, adapters } = counting(async () => {
      throw new DeliveryError("provider said 503");
    });
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await drainDeliveries({ adapters })).toMatchObject({ retrying: 1 });
      const row = await rowOf(id!);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, claimedAt: null });
      expect(row.lastError).toBe("provider said 503");
      const wait = await dueInSeconds(id!);
      expect(wait).toBeGreaterThan(backoffSeconds(attempt) - 5);
      expect(wait).toBeLessThanOrEqual(backoffSeconds(attempt));
      // Not due yet: a drain now leaves it alone.
      await drainDeliveries({ adapters });
      expect(calls).toHaveLength(attempt);
      await makeDue(id!);
    }
    expect(await drainDeliveries({ adapters })).toMatchObject({ failed: 1 });
    expect(await rowOf(id!)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    await makeDue(id!);
    await drainDeliveries({ adapters });
    expect(calls).toHaveLength(MAX_ATTEMPTS);
    expect([30, 60, 120, 240]).toEqual([1, 2, 3, 4].map(backoffSeconds));
  });

  it("fails a permanent error at once", async () => {
    const [id] = await enqueue(1);
    const { calls, adapters } = counting(async () => {
      throw new DeliveryError("invalid number", { permanent: true });
    });
    expect(await drainDeliveries({ adapters })).toMatchObject({ failed: 1 });
    expect(await rowOf(id!)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "invalid number",
    });
    await makeDue(id!);
    await drainDeliveries({ adapters });
    expect(calls).toHaveLength(1);
  });

  it("records a skip (nothing to send to) without retrying", async () => {
    const [id] = await enqueue(1);
    const { adapters } = counting(async () => ({
      status: "skipped",
      reason: "No verified phone number.",
    }));
    expect(await drainDeliveries({ adapters })).toMatchObject({ skipped: 1 });
    expect(await rowOf(id!)).toMatchObject({
      status: "skipped",
      lastError: "No verified phone number.",
    });
  });

  it("never sends twice when a drain dies after the provider call: the stale claim fails", async () => {
    const [id] = await enqueue(1);
    let finishFirst!: () => void;
    const stuck = new Promise<void>((resolve) => (finishFirst = resolve));
    // The first drain's provider call happens, then the drain "dies" before marking the row.
    const first = counting(async () => {
      await stuck;
      return { status: "sent", providerMessageId: "late" };
    });
    const dying = drainDeliveries({ adapters: first.adapters });
    await expect.poll(() => first.calls.length).toBe(1);
    expect(await rowOf(id!)).toMatchObject({ status: "sending", attempts: 1 });

    const second = counting(sent);
    // A claim younger than 10 minutes is left alone (the first drain may still be working).
    await drainDeliveries({ adapters: second.adapters });
    expect(await rowOf(id!)).toMatchObject({ status: "sending" });
    await db
      .update(notificationDeliveries)
      .set({ claimedAt: sql`now() - interval '11 minutes'` })
      .where(eq(notificationDeliveries.id, id!));
    expect(await drainDeliveries({ adapters: second.adapters })).toMatchObject({ abandoned: 1 });
    expect(second.calls).toEqual([]);
    const failed = await rowOf(id!);
    expect(failed.status).toBe("failed");
    expect(failed.lastError).toMatch(/not resent/);

    // The first drain coming back late does not overwrite the verdict.
    finishFirst();
    await dying;
    expect(await rowOf(id!)).toMatchObject({ status: "failed", providerMessageId: null });
    expect(first.calls.length + second.calls.length).toBe(1);
  });

  it("two concurrent drains send each of 50 rows exactly once", async () => {
    const ids = await enqueue(50);
    const { calls, adapters } = counting(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { status: "sent", providerMessageId: null };
    });
    const [a, b] = await Promise.all([
      drainDeliveries({ adapters, limit: 5 }),
      drainDeliveries({ adapters, limit: 5 }),
    ]);
    expect(a.sent + b.sent).toBe(50);
    expect(calls).toHaveLength(50);
    expect(new Set(calls).size).toBe(50);
    const statuses = await db
      .select({ status: notificationDeliveries.status, attempts: notificationDeliveries.attempts })
      .from(notificationDeliveries)
      .where(inArray(notificationDeliveries.id, ids));
    expect(statuses.every((s) => s.status === "sent" && s.attempts === 1)).toBe(true);
  });

  it("asks QStash, when configured, to drain again when the earliest retry is due", async () => {
    const fake = await startFakeProvider([{ status: 201, body: { messageId: "msg_1" } }]);
    const saved = { ...env };
    Object.assign(env, {
      QSTASH_TOKEN: "qstash-token",
      QSTASH_URL: fake.url,
      APP_URL: "https://swasthai.example",
    });
    try {
      await enqueue(1);
      const { adapters } = counting(async () => {
        throw new DeliveryError("provider said 503");
      });
      await drainDeliveries({ adapters });
      expect(fake.received).toHaveLength(1);
      const [call] = fake.received;
      expect(call!.path).toBe("/v2/publish/https://swasthai.example/api/cron/deliver");
      const delay = Number(/^(\d+)s$/.exec(String(call!.headers["upstash-delay"]))![1]);
      expect(delay).toBeGreaterThan(25);
      expect(delay).toBeLessThanOrEqual(30);
    } finally {
      Object.assign(env, saved);
      await fake.close();
    }
  });
});
