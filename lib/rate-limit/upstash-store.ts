import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import type { ResolvedPolicy } from "./policies";
import { secondsUntil, type RateLimitResult, type RateLimitStore } from "./store";

export interface UpstashStoreOptions {
  /** Key prefix; each policy's keys live under `<prefix>:<policy>:`. */
  prefix?: string;
  /** Milliseconds before a check gives up (the limiter then counts in-process, see limiter.ts). */
  timeoutMs?: number;
}

/**
 * The Upstash adapter: one `Ratelimit.slidingWindow` per policy over @upstash/redis, shared by every
 * app instance. The ephemeral in-process block cache is off so that a reset on one instance (after
 * a successful sign-in) is seen by all of them at once: the same semantics as the memory adapter.
 */
export class UpstashRateLimitStore implements RateLimitStore {
  readonly kind = "upstash" as const;
  private readonly limiters = new Map<string, Ratelimit>();
  private readonly prefix: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly redis: Redis,
    options: UpstashStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? "swasthai:rl";
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  async limit(policy: ResolvedPolicy, id: string): Promise<RateLimitResult> {
    const result = await this.limiter(policy).limit(id);
    // The library lets a request through when Redis is slower than `timeout`; the limiter counts
    // it in-process instead (see limiter.ts), so a slowed-down Redis is no way around a limit.
    if (result.reason === "timeout")
      throw new Error(`Upstash did not answer in ${this.timeoutMs} ms`);
    return {
      success: result.success,
      limit: result.limit,
      remaining: result.remaining,
      retryAfterSeconds: result.success ? 0 : secondsUntil(result.reset, Date.now()),
    };
  }

  async peek(policy: ResolvedPolicy, id: string): Promise<RateLimitResult> {
    const { remaining, reset, limit } = await this.limiter(policy).getRemaining(id);
    return {
      success: remaining > 0,
      limit,
      remaining,
      retryAfterSeconds: remaining > 0 ? 0 : secondsUntil(reset, Date.now()),
    };
  }

  async reset(policy: ResolvedPolicy, id: string): Promise<void> {
    await this.limiter(policy).resetUsedTokens(id);
  }

  private limiter(policy: ResolvedPolicy): Ratelimit {
    const cacheKey = `${policy.name}:${policy.limit}:${policy.windowMs}`;
    let limiter = this.limiters.get(cacheKey);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(policy.limit, `${policy.windowMs} ms`),
        prefix: `${this.prefix}:${policy.name}`,
        ephemeralCache: false,
        analytics: false,
        timeout: this.timeoutMs,
      });
      this.limiters.set(cacheKey, limiter);
    }
    return limiter;
  }
}
