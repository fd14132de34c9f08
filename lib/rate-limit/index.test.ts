import { describe, expect, it } from "vitest";
import { createStoreFromEnv, enforceRateLimit, guardAttempt, rateLimitAdapter } from "./index";

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

  it("guards attempts at a secret: counted before the check, refused once spent", async () => {
    const account = `index-${Date.now()}@example.com`;
    let checks = 0;
    const wrong = async () => {
      checks += 1;
      return null;
    };
    for (let i = 0; i < 10; i++)
      expect(await guardAttempt("login_account", account, wrong)).toBeNull();
    await expect(guardAttempt("login_account", account, wrong)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(checks).toBe(10);
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
