import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { POST as forgotRoute } from "@/app/api/v1/auth/forgot-password/route";
import { GET as doctorsRoute } from "@/app/api/v1/doctors/route";
import { GET as readyRoute } from "@/app/api/v1/health/ready/route";
import { env } from "@/lib/env";
import { flushDeferred } from "@/lib/tasks/defer";
import { call, type CallResult } from "@/tests/api-client";

// The pen test's probes against `next start` with no proxy: 30 sign-ups in 0.6 s all accepted,
// 55 failed sign-ins over 55 accounts, 25 forgot-password requests. The configuration is what the
// server reads from its environment; each test gets a fresh limiter (the in-process one lives on
// globalThis), so it counts from zero at the RATE_LIMIT_SCALE the test sets.
const configured = { ...env };
function configure(settings: Partial<typeof env>): void {
  Object.assign(env, configured, settings);
  delete (globalThis as { __swasthaiRateLimiter?: unknown }).__swasthaiRateLimiter;
}
beforeEach(() => configure({}));
afterEach(async () => {
  await flushDeferred();
  configure({});
});

const password = "Swasth@2026";
let n = 0;
const newEmail = () => `burst${++n}-${Date.now()}@example.test`;

const signUp = (from?: string) =>
  call(registerRoute, {
    path: "/auth/register",
    body: { email: newEmail(), password, fullName: "Asha Rao" },
    headers: from ? { "x-forwarded-for": from } : {},
  });

function expectRateLimited(res: CallResult): void {
  expect(res.status).toBe(429);
  expect(res.body.code).toBe("rate_limited");
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
}

const statuses = (results: CallResult[]) => results.map((r) => r.status).sort();

describe("with no client address source (TRUSTED_PROXY_HOPS=0, not Vercel)", () => {
  it("bounds a burst of sign-ups by the global bucket: 429 with Retry-After after N", async () => {
    // register_global is 300 an hour; at RATE_LIMIT_SCALE 0.1 that is 30.
    configure({ TRUSTED_PROXY_HOPS: 0, RATE_LIMIT_SCALE: 0.1 });
    const burst = await Promise.all(Array.from({ length: 33 }, () => signUp()));
    expect(statuses(burst)).toEqual([...Array(30).fill(201), ...Array(3).fill(429)]);
    burst.filter((r) => r.status === 429).forEach(expectRateLimited);
    // Forging an address does not open a new bucket: nothing vouches for it.
    expectRateLimited(await signUp("198.51.100.7"));
  });

  it("bounds failed sign-ins spread over many accounts, and forgot-password requests", async () => {
    // login_global 300 a minute and forgot_global 120 an hour, at RATE_LIMIT_SCALE 0.1.
    configure({ RATE_LIMIT_SCALE: 0.1 });
    const logins = await Promise.all(
      Array.from({ length: 33 }, () =>
        call(loginRoute, { body: { email: newEmail(), password: "wrong-Password1" } }),
      ),
    );
    expect(statuses(logins)).toEqual([...Array(30).fill(401), ...Array(3).fill(429)]);
    const forgot: CallResult[] = [];
    for (let i = 0; i < 13; i++)
      forgot.push(await call(forgotRoute, { body: { email: newEmail() } }));
    expect(forgot.slice(0, 12).map((r) => r.status)).toEqual(Array(12).fill(202));
    expectRateLimited(forgot[12]!);
  });

  it("bounds anonymous API calls globally, but never the health probes", async () => {
    // api_anonymous_global is 3,000 a minute; at RATE_LIMIT_SCALE 0.01 that is 30.
    configure({ RATE_LIMIT_SCALE: 0.01 });
    for (let i = 0; i < 30; i++) expect((await call(doctorsRoute)).status).toBe(200);
    expectRateLimited(await call(doctorsRoute));
    expect((await call(readyRoute)).status).toBe(200);
  });

  it("with RATE_LIMIT_BY_IP=off, even behind a proxy, counts only the global bucket", async () => {
    configure({ TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_BY_IP: "off", RATE_LIMIT_SCALE: 0.1 });
    // register_ip would be 1 an hour at this scale; off leaves only the global 30.
    const burst = await Promise.all(Array.from({ length: 31 }, () => signUp("203.0.113.5")));
    expect(statuses(burst)).toEqual([...Array(30).fill(201), 429]);
  });
});

describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  it("limits sign-ups per address: the 11th in an hour is 429, another address still works", async () => {
    configure({ TRUSTED_PROXY_HOPS: 1 });
    for (let i = 0; i < 10; i++) expect((await signUp("203.0.113.5")).status).toBe(201);
    expectRateLimited(await signUp("203.0.113.5"));
    // A forged leftmost entry does not make a new address: the proxy appended the real one.
    expectRateLimited(await signUp("192.0.2.1, 203.0.113.5"));
    expect((await signUp("198.51.100.7")).status).toBe(201);
  });

  it("does not let many honest addresses together use up a global bucket", async () => {
    // At RATE_LIMIT_SCALE 0.1: register_ip 1 an hour, register_global 30 (the fallback only).
    configure({ TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_SCALE: 0.1 });
    const spread = await Promise.all(
      Array.from({ length: 31 }, (_, i) => signUp(`198.51.100.${i + 1}`)),
    );
    expect(statuses(spread)).toEqual(Array(31).fill(201));
    // Each address is still held to its own limit.
    expectRateLimited(await signUp("198.51.100.1"));
  });

  it("serves anonymous API readers from many addresses without a shared cap", async () => {
    // At RATE_LIMIT_SCALE 0.01: api_anonymous_ip 3 a minute, api_anonymous_global 30.
    configure({ TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_SCALE: 0.01 });
    const from = (ip: string) => call(doctorsRoute, { headers: { "x-forwarded-for": ip } });
    const readers = await Promise.all(
      Array.from({ length: 31 }, (_, i) => from(`198.51.100.${i + 1}`)),
    );
    expect(statuses(readers)).toEqual(Array(31).fill(200));
    for (let i = 0; i < 2; i++) expect((await from("198.51.100.1")).status).toBe(200);
    expectRateLimited(await from("198.51.100.1"));
  });
});
