/**
 * Named rate-limit policies. Each is a sliding window of `limit` events per `windowSeconds` per key;
 * `key` says what the key is (and how it is normalised before use). Limits are multiplied by
 * RATE_LIMIT_SCALE (default 1) so e2e runs, which send many requests from one address, can raise them.
 */
export const rateLimitPolicies = {
  /** Sign-in attempts per client address, successful or not: 20 per minute. */
  login_ip: { limit: 20, windowSeconds: 60, key: "ip" },
  /**
   * FAILED sign-ins per account (normalised email): 10 per 15 minutes. Consumed only on a failure,
   * checked with peek before the password is verified, and reset after a successful sign-in.
   */
  login_account: { limit: 10, windowSeconds: 15 * 60, key: "email" },
  /** Sign-ups per client address: 10 per hour. */
  register_ip: { limit: 10, windowSeconds: 60 * 60, key: "ip" },
  /** Password-reset (and verification) mails per email address: 5 per hour. */
  forgot_email: { limit: 5, windowSeconds: 60 * 60, key: "email" },
  /** Password-reset requests per client address: 20 per hour. */
  forgot_ip: { limit: 20, windowSeconds: 60 * 60, key: "ip" },
  /** Token refreshes per client address: 60 per minute. */
  refresh_ip: { limit: 60, windowSeconds: 60, key: "ip" },
  /** /api/v1 requests per signed-in user: 600 per minute. */
  api_user: { limit: 600, windowSeconds: 60, key: "user" },
  /** /api/v1 requests without a user, per client address: 300 per minute. */
  api_anonymous_ip: { limit: 300, windowSeconds: 60, key: "ip" },
  /** ABHA OTPs requested from ABDM per user: 5 per hour (each one texts a stranger's phone). */
  abha_otp_request: { limit: 5, windowSeconds: 60 * 60, key: "user" },
  /** ABHA OTP verification attempts per user, right or wrong: 5 per 15 minutes. */
  abha_otp_verify: { limit: 5, windowSeconds: 15 * 60, key: "user" },
} as const satisfies Record<string, { limit: number; windowSeconds: number; key: KeyKind }>;

export type KeyKind = "ip" | "email" | "user";

export type RateLimitPolicy = keyof typeof rateLimitPolicies;

/** A policy with its effective limit and window, as the stores take it. */
export interface ResolvedPolicy {
  name: string;
  limit: number;
  windowMs: number;
}

/** The policy's numbers after RATE_LIMIT_SCALE (never below 1 event per window). */
export function resolvePolicy(name: RateLimitPolicy, scale = 1): ResolvedPolicy {
  const policy = rateLimitPolicies[name];
  return {
    name,
    limit: Math.max(1, Math.floor(policy.limit * scale)),
    windowMs: policy.windowSeconds * 1000,
  };
}
