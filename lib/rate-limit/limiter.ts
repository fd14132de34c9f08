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
import { MemoryRateLimitStore } from "./memory-store";
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
 * A shared store that fails (Redis unreachable or too slow) must neither lock every user out nor
 * switch the limits off (an attacker who can slow Redis down would turn off the sign-in lock): the
 * check falls back to an in-process count, so during the outage each instance enforces the limits
 * on its own. Only when that fails too does the request go through.
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

  let fallback: MemoryRateLimitStore | undefined;
  const fallbackStore = () => (fallback ??= new MemoryRateLimitStore());

  async function withFallback(
    name: RateLimitPolicy,
    action: "limit" | "peek",
    key: string,
  ): Promise<RateLimitResult> {
    const policy = policyOf(name);
    const id = idOf(name, key);
    try {
      return await store[action](policy, id);
    } catch (err) {
      if (store.kind === "memory") {
        logger.error(
          { err, policy: name, store: store.kind, action },
          "rate limit failed; allowing",
        );
        return {
          success: true,
          limit: policy.limit,
          remaining: policy.limit,
          retryAfterSeconds: 0,
        };
      }
      logger.error(
        { err, policy: name, store: store.kind, action },
        "rate limit store failed; counting in this process",
      );
      return fallbackStore()[action](policy, id);
    }
  }

  const limiter: RateLimiter = {
    store,
    rateLimit: (name, key) => withFallback(name, "limit", key),
    peekRateLimit: (name, key) => withFallback(name, "peek", key),
    async enforceRateLimit(name, key) {
      const result = await limiter.rateLimit(name, key);
      if (!result.success) throw rateLimitedError(result);
    },
    async resetRateLimit(name, key) {
      await fallback?.reset(policyOf(name), idOf(name, key));
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
