import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { guardAttempt as guard } from "./attempt-guard";
import { createRateLimiter, type RateLimiter } from "./limiter";
import { MemoryRateLimitStore } from "./memory-store";
import type { RateLimitPolicy } from "./policies";
import type { RateLimitStore } from "./store";
import { UpstashRateLimitStore } from "./upstash-store";

export { GLOBAL_KEY, rateLimitPolicies, type RateLimitPolicy } from "./policies";
export type { RateLimitResult } from "./store";
export { rateLimitedError } from "./limiter";
export { requesterKey } from "./keys";

/**
 * Upstash when UPSTASH_REDIS_REST_URL is set (limits shared by every instance), else the
 * in-process sliding window (one instance only).
 */
export function createStoreFromEnv(config: {
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
}): RateLimitStore {
  if (!config.UPSTASH_REDIS_REST_URL) return new MemoryRateLimitStore();
  if (!config.UPSTASH_REDIS_REST_TOKEN) {
    throw new Error("UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set.");
  }
  const redis = new Redis({
    url: config.UPSTASH_REDIS_REST_URL,
    token: config.UPSTASH_REDIS_REST_TOKEN,
    enableTelemetry: false,
    // A limiter check sits in front of sign-in: retry briefly, then count in-process (see limiter.ts).
    retry: { retries: 2, backoff: (attempt) => 50 * 2 ** attempt },
  });
  return new UpstashRateLimitStore(redis);
}

// One limiter per process, on globalThis so dev-mode reloads keep the in-process counts.
const globalForLimiter = globalThis as unknown as { __swasthaiRateLimiter?: RateLimiter };

function limiter(): RateLimiter {
  if (!globalForLimiter.__swasthaiRateLimiter) {
    const store = createStoreFromEnv(env);
    globalForLimiter.__swasthaiRateLimiter = createRateLimiter(store, {
      scale: env.RATE_LIMIT_SCALE,
    });
    logger.info({ adapter: store.kind, scale: env.RATE_LIMIT_SCALE }, "rate limiter ready");
  }
  return globalForLimiter.__swasthaiRateLimiter;
}

/** Which adapter counts: "upstash" or "memory". */
export function rateLimitAdapter(): "upstash" | "memory" {
  return limiter().store.kind;
}

/** Counts one event; throws AppError("rate_limited") with `retryAfterSeconds` when exhausted. */
export function enforceRateLimit(policy: RateLimitPolicy, key: string): Promise<void> {
  return limiter().enforceRateLimit(policy, key);
}

/**
 * Counts one attempt at a secret BEFORE `check` runs, refuses with the 429 when the key has none
 * left (the check never runs), and clears the key when `check` proves the secret (non-null).
 * For "wrong guesses per account" limits: sign-in passwords, one-time codes. See attempt-guard.ts.
 */
export function guardAttempt<T>(
  policy: RateLimitPolicy,
  key: string,
  check: () => Promise<T | null>,
): Promise<T | null> {
  return guard(limiter(), policy, key, check);
}
