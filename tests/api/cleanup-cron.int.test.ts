import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { authSessions, idempotencyKeys, phoneOtps, symptomChecks } from "@/db/schema";
import { GET as cleanupRoute } from "@/app/api/cron/cleanup/route";
import { env } from "@/lib/env";
import { createUser } from "@/tests/factories";

const secret = "cron-secret-for-tests-0123456789";
const saved = env.CRON_SECRET;

const cleanup = (authorization?: string) =>
  cleanupRoute(
    new Request("http://127.0.0.1:3000/api/cron/cleanup", {
      headers: authorization ? { authorization } : {},
    }),
  );

beforeEach(() => {
  env.CRON_SECRET = secret;
});
afterEach(() => {
  env.CRON_SECRET = saved;
});

async function keyAged(userId: number, key: string, hours: number) {
  await db.insert(idempotencyKeys).values({
    userId,
    key,
    method: "POST",
    path: "/api/v1/appointments",
    requestHash: "h",
    responseStatus: 201,
    responseBody: { data: { id: key } },
    createdAt: new Date(Date.now() - hours * 3_600_000),
  });
}

describe("GET /api/cron/cleanup", () => {
  it("forgets Idempotency-Keys older than 24 h and keeps the rest", async () => {
    const user = await createUser();
    await keyAged(user.id, "yesterday-and-more", 25);
    await keyAged(user.id, "an-hour-ago", 1);
    const res = await cleanup(`Bearer ${secret}`);
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({
      idempotencyKeysPurged: 1,
      browserSessionsPurged: 0,
      phoneCodesPurged: 0,
      guestSymptomChecksPurged: 0,
      refundsRetried: 0,
    });
    const left = await db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
    expect(left.map((k) => k.key)).toEqual(["an-hour-ago"]);
  });

  it("deletes browser sessions that can never act again and keeps the live ones", async () => {
    const user = await createUser();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
    const rows = await db
      .insert(authSessions)
      .values([
        { userId: user.id, lastSeenAt: hoursAgo(1), expiresAt: inDays(3) },
        { userId: user.id, lastSeenAt: hoursAgo(1), expiresAt: inDays(3), revokedAt: hoursAgo(1) },
        { userId: user.id, lastSeenAt: hoursAgo(1), expiresAt: hoursAgo(0.5) },
        { userId: user.id, lastSeenAt: hoursAgo(13), expiresAt: inDays(3) },
      ])
      .returning({ id: authSessions.id });
    const res = await cleanup(`Bearer ${secret}`);
    expect((await res.json()).data).toMatchObject({ browserSessionsPurged: 3 });
    const left = await db.select({ id: authSessions.id }).from(authSessions);
    expect(left).toEqual([rows[0]]);
  });

  it("deletes texted codes past their 5 minutes and keeps live ones", async () => {
    const code = (expiresInMinutes: number) => ({
      phone: "+919876543210",
      purpose: "sign_in" as const,
      codeHash: "h",
      expiresAt: new Date(Date.now() + expiresInMinutes * 60_000),
    });
    const rows = await db
      .insert(phoneOtps)
      .values([code(4), code(-1), code(-60 * 24)])
      .returning({ id: phoneOtps.id });
    const res = await cleanup(`Bearer ${secret}`);
    expect((await res.json()).data).toMatchObject({ phoneCodesPurged: 2 });
    expect(await db.select({ id: phoneOtps.id }).from(phoneOtps)).toEqual([rows[0]]);
  });

  it("deletes signed-out symptom checks abandoned for over 24 h, and nobody's own", async () => {
    const user = await createUser();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const check = (userId: number | null, hours: number) => ({
      userId,
      symptoms: ["cough"],
      age: 30,
      sex: "female" as const,
      createdAt: hoursAgo(hours),
    });
    const rows = await db
      .insert(symptomChecks)
      .values([check(null, 25), check(null, 2), check(user.id, 48)])
      .returning({ id: symptomChecks.id });
    const res = await cleanup(`Bearer ${secret}`);
    expect((await res.json()).data).toMatchObject({ guestSymptomChecksPurged: 1 });
    const left = await db.select({ id: symptomChecks.id }).from(symptomChecks);
    expect(left.map((r) => r.id).sort()).toEqual([rows[1]!.id, rows[2]!.id].sort());
  });

  it("refuses callers without the secret and does nothing", async () => {
    const user = await createUser();
    await keyAged(user.id, "old", 30);
    expect((await cleanup()).status).toBe(401);
    expect((await cleanup("Bearer wrong")).status).toBe(401);
    env.CRON_SECRET = undefined;
    expect((await cleanup(`Bearer ${secret}`)).status).toBe(503);
    expect(await db.$count(idempotencyKeys)).toBe(1);
  });
});
