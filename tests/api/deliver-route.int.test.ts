import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { db } from "@/db/client";
import { emailOutbox, notificationDeliveries } from "@/db/schema";
import { GET, POST } from "@/app/api/cron/deliver/route";
import { env } from "@/lib/env";
import { createUser } from "@/tests/factories";

const saved = { ...env };
const url = "https://swasthai.example/api/cron/deliver";
const signingKey = "sig_current_for_tests";

beforeEach(() => {
  env.CRON_SECRET = "cron-secret-for-tests-0123456789";
  env.APP_URL = "https://swasthai.example";
  env.QSTASH_CURRENT_SIGNING_KEY = signingKey;
  env.QSTASH_NEXT_SIGNING_KEY = undefined;
});
afterEach(() => {
  Object.assign(env, saved);
});

/** One pending mail for a fresh user. */
async function pendingMail() {
  const user = await createUser();
  await db.insert(notificationDeliveries).values({
    userId: user.id,
    channel: "email",
    event: "doctor_verification",
    payload: {
      template: "doctor_verified",
      data: { name: user.fullName, url: "https://swasthai.example/doctor/onboarding" },
      locale: "en",
    },
    dedupeKey: `route-test:${user.id}:email`,
  });
  return user;
}

async function signed(body: string, key = signingKey) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ body: createHash("sha256").update(body).digest("base64url") })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("Upstash")
    .setSubject(url)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 300)
    .sign(new TextEncoder().encode(key));
}

const post = (body: string, signature?: string) =>
  POST(
    new Request("http://127.0.0.1:3000/api/cron/deliver", {
      method: "POST",
      body,
      headers: signature ? { "upstash-signature": signature } : {},
    }),
  );

describe(`/api/cron/deliver (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("GET with the cron secret drains the outbox; without it 401", async () => {
    const user = await pendingMail();
    const denied = await GET(new Request("http://127.0.0.1:3000/api/cron/deliver"));
    expect(denied.status).toBe(401);
    const res = await GET(
      new Request("http://127.0.0.1:3000/api/cron/deliver", {
        headers: { authorization: `Bearer ${env.CRON_SECRET}` },
      }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).data).toMatchObject({ sent: 1 });
    const [mail] = await db.select().from(emailOutbox);
    expect(mail).toMatchObject({ toEmail: user.email, template: "doctor_verified" });
  });

  it("POST from QStash drains only with a valid signature for this URL and body", async () => {
    await pendingMail();
    const body = JSON.stringify({ reason: "delivery retry" });
    expect((await post(body)).status).toBe(401);
    expect((await post(body, await signed(body, "wrong-key"))).status).toBe(401);
    expect((await post(body, await signed("{}"))).status).toBe(401);
    expect(await db.$count(emailOutbox)).toBe(0);
    const res = await post(body, await signed(body));
    expect(res.status).toBe(200);
    expect((await res.json()).data).toMatchObject({ sent: 1 });
    expect(await db.$count(emailOutbox)).toBe(1);
  });

  it("POST answers 503 while QStash is not configured", async () => {
    env.QSTASH_CURRENT_SIGNING_KEY = undefined;
    const res = await post("{}", await signed("{}"));
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
