import type { ResolvedPolicy } from "./policies";
import { secondsUntil, type RateLimitResult, type RateLimitStore } from "./store";

interface Entry {
  /** Index of the fixed window `current` counts in (`floor(now / windowMs)`). */
  window: number;
  current: number;
  previous: number;
  /** When both windows have passed and the entry means nothing any more (ms). */
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Most keys held at once; beyond it expired keys are swept, then the least recently used go. */
  maxKeys?: number;
  now?: () => number;
}

/**
 * The in-process adapter: the documented single-instance fallback when Upstash is not configured.
 * Counts live in this process only (N instances allow N times the limit). Memory stays bounded:
 * expired keys are swept as the map grows and the map never exceeds `maxKeys`.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly kind = "memory" as const;
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;
  private readonly now: () => number;
  private nextSweepAt = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxKeys = options.maxKeys ?? 50_000;
    // Read Date.now at each call (not a reference taken once), so a faked clock moves this window
    // just as it moves @upstash/ratelimit's, which reads Date.now itself.
    this.now = options.now ?? (() => Date.now());
  }

  /** Number of keys held (tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  async limit(policy: ResolvedPolicy, id: string): Promise<RateLimitResult> {
    const now = this.now();
    const mapKey = `${policy.name}:${id}`;
    const entry = this.view(this.entries.get(mapKey), policy, now);
    const weightedPrevious = weighted(entry, policy, now);
    const resetAt = (entry.window + 1) * policy.windowMs;
    if (weightedPrevious + entry.current >= policy.limit) {
      return {
        success: false,
        limit: policy.limit,
        remaining: 0,
        retryAfterSeconds: secondsUntil(resetAt, now),
      };
    }
    entry.current += 1;
    // Delete + set keeps the Map in least-recently-used order for eviction.
    this.entries.delete(mapKey);
    this.entries.set(mapKey, entry);
    this.enforceBounds(now);
    return {
      success: true,
      limit: policy.limit,
      remaining: Math.max(0, policy.limit - (entry.current + weightedPrevious)),
      retryAfterSeconds: 0,
    };
  }

  async peek(policy: ResolvedPolicy, id: string): Promise<RateLimitResult> {
    const now = this.now();
    const entry = this.view(this.entries.get(`${policy.name}:${id}`), policy, now);
    const remaining = Math.max(0, policy.limit - (entry.current + weighted(entry, policy, now)));
    const resetAt = (entry.window + 1) * policy.windowMs;
    return {
      success: remaining > 0,
      limit: policy.limit,
      remaining,
      retryAfterSeconds: remaining > 0 ? 0 : secondsUntil(resetAt, now),
    };
  }

  async reset(policy: ResolvedPolicy, id: string): Promise<void> {
    this.entries.delete(`${policy.name}:${id}`);
  }

  /** The entry as seen from `now`: rolled forward into the current window (a copy if stored). */
  private view(stored: Entry | undefined, policy: ResolvedPolicy, now: number): Entry {
    const window = Math.floor(now / policy.windowMs);
    const expiresAt = (window + 2) * policy.windowMs;
    if (!stored || stored.window < window - 1)
      return { window, current: 0, previous: 0, expiresAt };
    if (stored.window === window - 1)
      return { window, current: 0, previous: stored.current, expiresAt };
    return stored;
  }

  private enforceBounds(now: number): void {
    if (this.entries.size <= this.maxKeys && now < this.nextSweepAt) return;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    this.nextSweepAt = now + 60_000;
    // Still full of live keys: drop the least recently used (a flood of distinct keys cannot grow
    // memory without bound; the price is that an evicted key starts from zero).
    const overflow = this.entries.size - this.maxKeys;
    if (overflow <= 0) return;
    let dropped = 0;
    for (const key of this.entries.keys()) {
      if (dropped >= overflow) break;
      this.entries.delete(key);
      dropped += 1;
    }
  }
}

/** The previous window's count times the share of it still inside the sliding window, floored. */
function weighted(entry: Entry, policy: ResolvedPolicy, now: number): number {
  if (entry.previous === 0) return 0;
  const elapsedShare = (now % policy.windowMs) / policy.windowMs;
  return Math.floor((1 - elapsedShare) * entry.previous);
}
