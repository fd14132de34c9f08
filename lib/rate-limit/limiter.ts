import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { normaliseKey } from "./keys";
import {
  rateLimitPolicies,
  resolvePolicy,
  type RateLimitPolicy,
  type ResolvedPolicy,
} from "./policies";
import type { RateLimitResult, RateLimitStore } from "./store";

export interface RateLimiter {
  readonly store: RateLimitStore;
  rateLimit(policy: RateLimitPolicy, key: string): Promise<RateLimitResult>;
  enforceRateLimit(policy: RateLimitPolicy, key: string): Promise<void>;
  peekRateLimit(policy: RateLimitPolicy, key: string): Promise<RateLimitResult>;
  resetRateLimit(policy: RateLimitPolicy, key: string): Promise<void>;
}

/**
 * The policy-level API over one store. Keys are normalised per policy, then hashed: no raw email
 * or address is stored in Redis, and no glob character reaches the reset script's SCAN MATCH.
 * A store that fails (Redis unreachable) lets the request through and logs: an outage of the
 * limiter must not lock every user out (the Upstash library fails open on timeouts the same way).
 */
export function createRateLimiter(
  store: RateLimitStore,
  options: { scale?: number } = {},
): RateLimiter {
  const scale = options.scale ?? 1;
  const resolved = new Map<RateLimitPolicy, ResolvedPolicy>();
  const policyOf = (name: RateLimitPolicy): ResolvedPolicy => {
    let policy = resolved.get(name);
    if (!policy) {
      policy = resolvePolicy(name, scale);
      resolved.set(name, policy);
    }
    return policy;
  };
  const idOf = (name: RateLimitPolicy, key: string) =>
    createHash("sha256")
      .update(normaliseKey(rateLimitPolicies[name].key, key))
      .digest("base64url")
      .slice(0, 32);

  async function failOpen(
    name: RateLimitPolicy,
    action: string,
    run: () => Promise<RateLimitResult>,
  ): Promise<RateLimitResult> {
    try {
      return await run();
    } catch (err) {
      logger.error(
        { err, policy: name, store: store.kind, action },
        "rate limit store failed; allowing",
      );
      const { limit } = policyOf(name);
      return { success: true, limit, remaining: limit, retryAfterSeconds: 0 };
    }
  }

  const limiter: RateLimiter = {
    store,
    rateLimit: (name, key) =>
      failOpen(name, "limit", () => store.limit(policyOf(name), idOf(name, key))),
    peekRateLimit: (name, key) =>
      failOpen(name, "peek", () => store.peek(policyOf(name), idOf(name, key))),
    async enforceRateLimit(name, key) {
      const result = await limiter.rateLimit(name, key);
      if (!result.success) throw rateLimitedError(result);
    },
    async resetRateLimit(name, key) {
      try {
        await store.reset(policyOf(name), idOf(name, key));
      } catch (err) {
        logger.error(
          { err, policy: name, store: store.kind, action: "reset" },
          "rate limit reset failed",
        );
      }
    },
  };
  return limiter;
}

/** The 429 for an exhausted limit, carrying Retry-After. */
export function rateLimitedError(result: Pick<RateLimitResult, "retryAfterSeconds">): AppError {
  const seconds = Math.max(1, Math.ceil(result.retryAfterSeconds));
  return new AppError("rate_limited", `Too many requests. Try again in ${formatWait(seconds)}.`, {
    retryAfterSeconds: seconds,
  });
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
