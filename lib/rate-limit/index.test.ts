import { describe, expect, it } from "vitest";
import {
  createStoreFromEnv,
  enforceRateLimit,
  peekRateLimit,
  rateLimit,
  rateLimitAdapter,
  resetRateLimit,
} from "./index";

describe("lib/rate-limit", () => {
  it("uses the in-process adapter without Upstash settings", () => {
    expect(rateLimitAdapter()).toBe("memory");
    expect(createStoreFromEnv({}).kind).toBe("memory");
  });

  it("uses Upstash when its URL is set, and insists on the token", () => {
    const store = createStoreFromEnv({
      UPSTASH_REDIS_REST_URL: "https://example.upstash.io",
      UPSTASH_REDIS_REST_TOKEN: "token",
    });
    expect(store.kind).toBe("upstash");
    expect(() =>
      createStoreFromEnv({ UPSTASH_REDIS_REST_URL: "https://example.upstash.io" }),
    ).toThrow(/UPSTASH_REDIS_REST_TOKEN/);
  });

  it("counts failures only: peek, count on failure, reset on success", async () => {
    const account = `index-${Date.now()}@example.com`;
    for (let i = 0; i < 10; i++) {
      expect((await peekRateLimit("login_account", account)).success).toBe(true);
      await rateLimit("login_account", account);
    }
    expect((await peekRateLimit("login_account", account)).success).toBe(false);
    await resetRateLimit("login_account", account);
    expect((await peekRateLimit("login_account", account)).remaining).toBe(10);
  });

  it("enforceRateLimit throws the 429 AppError", async () => {
    const key = `index-${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++) await enforceRateLimit("forgot_email", key);
    await expect(enforceRateLimit("forgot_email", key)).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
  });
});
