import { randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { startUpstashRestServer, type UpstashRestServer } from "@/tests/upstash-rest-server";
import { guardAttempt } from "./attempt-guard";
import { createRateLimiter } from "./limiter";
import { MemoryRateLimitStore } from "./memory-store";
import type { RateLimitStore } from "./store";
import { UpstashRateLimitStore } from "./upstash-store";

// One table-driven suite, run against both adapters: the in-process window and @upstash/ratelimit
// over a real Redis (through the Upstash-REST test server; no Redis fails this file loudly).
let server: UpstashRestServer;
const prefix = `swasthai:test:${Date.now().toString(36)}:${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await startUpstashRestServer();
});

afterAll(async () => {
  if (!server) return;
  await server.redis.deleteMatching(`${prefix}*`);
  await server.close();
});

const adapters: Array<{
  name: string;
  newStore: () => RateLimitStore;
  sharedAcrossInstances: boolean;
}> = [
  { name: "memory", newStore: () => new MemoryRateLimitStore(), sharedAcrossInstances: false },
  {
    name: "upstash",
    newStore: () =>
      new UpstashRateLimitStore(
        new Redis({ url: server.url, token: server.token, enableTelemetry: false, retry: false }),
        { prefix },
      ),
    sharedAcrossInstances: true,
  },
];

const email = () => `${randomUUID()}@example.com`;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

describe.each(adapters)(
  "rate limits on the $name adapter",
  ({ newStore, sharedAcrossInstances }) => {
    // Policies of an hour (forgot_email: 5/h, register_ip: 10/h) keep a test inside one window.
    it("allows the limit, then refuses with a Retry-After inside the window", async () => {
      const rl = createRateLimiter(newStore());
      const key = email();
      const seen = [];
      for (let i = 0; i < 6; i++) seen.push(await rl.rateLimit("forgot_email", key));
      expect(seen.map((r) => [r.success, r.remaining])).toEqual([
        [true, 4],
        [true, 3],
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
      expect(seen.every((r) => r.limit === 5)).toBe(true);
      expect(seen[4]!.retryAfterSeconds).toBe(0);
      expect(seen[5]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(seen[5]!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    });

    it("enforceRateLimit throws rate_limited with retryAfterSeconds once exhausted", async () => {
      const rl = createRateLimiter(newStore());
      const key = email();
      for (let i = 0; i < 5; i++) await rl.enforceRateLimit("forgot_email", key);
      const error = await rl.enforceRateLimit("forgot_email", key).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      expect((error as AppError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(3600);
    });

    it("counts keys and policies independently", async () => {
      const rl = createRateLimiter(newStore());
      const [a, b] = [email(), email()];
      for (let i = 0; i < 5; i++) await rl.rateLimit("forgot_email", a);
      expect((await rl.rateLimit("forgot_email", a)).success).toBe(false);
      expect((await rl.rateLimit("forgot_email", b)).remaining).toBe(4);
      expect((await rl.rateLimit("forgot_ip", a)).remaining).toBe(19);
    });

    it("peek reports without consuming", async () => {
      const rl = createRateLimiter(newStore());
      const key = email();
      for (let i = 0; i < 10; i++)
        expect((await rl.peekRateLimit("login_account", key)).remaining).toBe(10);
      for (let i = 0; i < 9; i++) await rl.rateLimit("login_account", key);
      expect(await rl.peekRateLimit("login_account", key)).toEqual({
        success: true,
        limit: 10,
        remaining: 1,
        retryAfterSeconds: 0,
      });
      await rl.rateLimit("login_account", key);
      const exhausted = await rl.peekRateLimit("login_account", key);
      expect(exhausted).toMatchObject({ success: false, limit: 10, remaining: 0 });
      expect(exhausted.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(exhausted.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    });

    it("reset forgets the count", async () => {
      const rl = createRateLimiter(newStore());
      const key = email();
      for (let i = 0; i < 10; i++) await rl.rateLimit("login_account", key);
      expect((await rl.peekRateLimit("login_account", key)).success).toBe(false);
      await rl.resetRateLimit("login_account", key);
      expect((await rl.peekRateLimit("login_account", key)).remaining).toBe(10);
      expect((await rl.rateLimit("login_account", key)).success).toBe(true);
    });

    it("counts an email however it is cased or padded", async () => {
      const rl = createRateLimiter(newStore());
      const key = email();
      await rl.rateLimit("forgot_email", key.toUpperCase());
      await rl.rateLimit("forgot_email", ` ${key} `);
      expect((await rl.peekRateLimit("forgot_email", key)).remaining).toBe(3);
    });

    it("counts IPv6 clients per /64", async () => {
      const rl = createRateLimiter(newStore());
      const net = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
      await rl.rateLimit("register_ip", `${net}::1`);
      await rl.rateLimit("register_ip", `${net}:ffff:0:0:2`);
      expect((await rl.peekRateLimit("register_ip", `${net}::3`)).remaining).toBe(8);
      expect((await rl.peekRateLimit("register_ip", ip())).remaining).toBe(10);
    });

    it("applies RATE_LIMIT_SCALE to every policy", async () => {
      const rl = createRateLimiter(newStore(), { scale: 0.4 });
      const key = email();
      expect((await rl.rateLimit("forgot_email", key)).limit).toBe(2);
      await rl.rateLimit("forgot_email", key);
      expect((await rl.rateLimit("forgot_email", key)).success).toBe(false);
      const big = createRateLimiter(newStore(), { scale: 100 });
      expect((await big.peekRateLimit("login_ip", ip())).limit).toBe(2000);
    });

    describe("guardAttempt", () => {
      afterEach(() => {
        vi.useRealTimers();
      });

      // The check of a secret takes time (an argon2 hash); attempts arriving meanwhile must not run it.
      const slowCheck =
        (checks: { count: number }, result: string | null = null) =>
        async () => {
          checks.count += 1;
          await new Promise((resolve) => setTimeout(resolve, 5));
          return result;
        };

      it("runs the check at most `limit` times for a parallel burst; the rest get the 429", async () => {
        const rl = createRateLimiter(newStore());
        const key = email();
        const checks = { count: 0 };
        const outcomes = await Promise.allSettled(
          Array.from({ length: 60 }, () =>
            guardAttempt(rl, "login_account", key, slowCheck(checks)),
          ),
        );
        expect(checks.count).toBe(10);
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
        const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
        expect(refused).toHaveLength(50);
        for (const error of refused) {
          expect(error).toMatchObject({ code: "rate_limited", status: 429 });
          expect((error as AppError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
        }
      });

      it("a passed check clears the key; failed and throwing checks keep their count", async () => {
        const rl = createRateLimiter(newStore());
        const key = email();
        const checks = { count: 0 };
        for (let i = 0; i < 8; i++) await guardAttempt(rl, "login_account", key, slowCheck(checks));
        const boom = () => Promise.reject(new Error("database down"));
        await expect(guardAttempt(rl, "login_account", key, boom)).rejects.toThrow("database down");
        expect((await rl.peekRateLimit("login_account", key)).remaining).toBe(1);
        expect(await guardAttempt(rl, "login_account", key, slowCheck(checks, "asha"))).toBe(
          "asha",
        );
        expect((await rl.peekRateLimit("login_account", key)).remaining).toBe(10);
      });

      it("once the window frees one attempt, a burst gets one check", async () => {
        const windowMs = 15 * 60 * 1000;
        const start = Math.ceil(Date.now() / windowMs) * windowMs;
        vi.useFakeTimers({ toFake: ["Date"], now: start });
        const rl = createRateLimiter(newStore());
        const key = email();
        const checks = { count: 0 };
        for (let i = 0; i < 10; i++)
          await guardAttempt(rl, "login_account", key, slowCheck(checks));
        vi.setSystemTime(start + windowMs + 1000);
        checks.count = 0;
        const outcomes = await Promise.allSettled(
          Array.from({ length: 30 }, () =>
            guardAttempt(rl, "login_account", key, slowCheck(checks)),
          ),
        );
        expect(checks.count).toBe(1);
        expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(29);
      });
    });

    it(`${sharedAcrossInstances ? "shares" : "does not share"} counts between two instances`, async () => {
      const first = createRateLimiter(newStore());
      const second = createRateLimiter(newStore());
      const key = email();
      for (let i = 0; i < 3; i++) await first.rateLimit("forgot_email", key);
      await second.rateLimit("forgot_email", key);
      expect((await first.peekRateLimit("forgot_email", key)).remaining).toBe(
        sharedAcrossInstances ? 1 : 2,
      );
      await second.resetRateLimit("forgot_email", key);
      expect((await first.peekRateLimit("forgot_email", key)).remaining).toBe(
        sharedAcrossInstances ? 5 : 2,
      );
    });
  },
);

describe("when the shared store fails", () => {
  const broken: RateLimitStore = {
    kind: "upstash",
    limit: () => Promise.reject(new Error("fetch failed")),
    peek: () => Promise.reject(new Error("fetch failed")),
    reset: () => Promise.reject(new Error("fetch failed")),
  };

  it("counts in this process instead: nobody is locked out, and the limits still hold", async () => {
    const rl = createRateLimiter(broken);
    for (let i = 0; i < 20; i++) {
      await expect(rl.enforceRateLimit("login_ip", "198.51.100.1")).resolves.toBeUndefined();
    }
    await expect(rl.enforceRateLimit("login_ip", "198.51.100.1")).rejects.toMatchObject({
      code: "rate_limited",
    });
    // Another caller has their own count.
    expect((await rl.rateLimit("login_ip", "198.51.100.2")).success).toBe(true);
  });

  it("keeps the sign-in lock: a parallel burst gets at most the limit checked", async () => {
    const rl = createRateLimiter(broken);
    const check = vi.fn(async () => null);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => guardAttempt(rl, "login_account", "a@b.c", check)),
    );
    expect(check).toHaveBeenCalledTimes(10);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(40);
    // A success clears the in-process count as it would the shared one.
    await rl.resetRateLimit("login_account", "a@b.c");
    expect((await rl.peekRateLimit("login_account", "a@b.c")).remaining).toBe(10);
  });

  it("an unreachable Upstash URL is counted in this process too", async () => {
    const dead = new UpstashRateLimitStore(
      new Redis({ url: "http://127.0.0.1:9", token: "t", enableTelemetry: false, retry: false }),
      { prefix },
    );
    const rl = createRateLimiter(dead);
    const first = await rl.rateLimit("login_ip", "198.51.100.1");
    expect(first).toMatchObject({ success: true, remaining: 19 });
  });
});
