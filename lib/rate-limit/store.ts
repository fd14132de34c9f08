import type { ResolvedPolicy } from "./policies";

/** What every check answers. `retryAfterSeconds` is 0 while the key may still proceed. */
export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * One adapter of the limiter. Both implement the same sliding window as @upstash/ratelimit's
 * `slidingWindow`: a counter per fixed window, with the previous window's count weighted by how
 * much of it still overlaps the sliding window (floored), so one test suite holds for both.
 */
export interface RateLimitStore {
  readonly kind: "upstash" | "memory";
  /** Counts one event when the key is under its limit; answers whether it was allowed. */
  limit(policy: ResolvedPolicy, id: string): Promise<RateLimitResult>;
  /** What `limit` would see, without counting anything. */
  peek(policy: ResolvedPolicy, id: string): Promise<RateLimitResult>;
  /** Forgets the key's count (both windows). */
  reset(policy: ResolvedPolicy, id: string): Promise<void>;
}

/** Seconds until `resetAt` (ms), at least 1: a client told "retry after 0" would retry at once. */
export function secondsUntil(resetAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}
