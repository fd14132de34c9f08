import { rateLimitedError, type RateLimiter } from "./limiter";
import type { RateLimitPolicy } from "./policies";

/**
 * Runs a check of a secret (a password hash, a one-time code) at most `limit` times per window for
 * `key`, however many attempts arrive at once.
 *
 * A "look at the failure count, check, then count the failure" sequence lets a parallel burst
 * through whole: every attempt looks before any has failed. Here the attempt is counted first, by
 * the store's atomic `limit` (synchronous in the memory store, one Lua script in Upstash), and an
 * attempt over the limit gets the 429 without the check running. A failed check, or one that
 * throws, keeps its count; a passed check clears the key, so the owner who knows the secret starts
 * afresh (as a successful sign-in always has).
 *
 * `check` answers the proven value, or null when the secret was wrong.
 */
export async function guardAttempt<T>(
  limiter: Pick<RateLimiter, "rateLimit" | "resetRateLimit">,
  policy: RateLimitPolicy,
  key: string,
  check: () => Promise<T | null>,
): Promise<T | null> {
  const reserved = await limiter.rateLimit(policy, key);
  if (!reserved.success) throw rateLimitedError(reserved);
  const proven = await check();
  if (proven !== null) await limiter.resetRateLimit(policy, key);
  return proven;
}
