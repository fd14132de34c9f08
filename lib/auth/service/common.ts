import "server-only";
import { addressForLimits } from "@/lib/http/client-ip";
import { enforceRateLimit, GLOBAL_KEY, type RateLimitPolicy } from "@/lib/rate-limit";
import { AppError } from "@/lib/errors";

const globalPolicyOf = {
  login_ip: "login_global",
  register_ip: "register_global",
  forgot_ip: "forgot_global",
  refresh_ip: "refresh_global",
} as const satisfies Record<string, RateLimitPolicy>;

// Per-address limits need an address the platform vouches for; "direct" would put every caller in
// one bucket, letting one abuser lock everyone out. The global bucket is the flood bound that holds
// even then; it is counted after the per-address check so that one known abuser, stopped by their
// own limit, does not use up everyone's.
/** Enforces the route's per-address limit when the address is known, then its global limit. */
export async function limitAddress(policy: keyof typeof globalPolicyOf, ip: string): Promise<void> {
  const address = addressForLimits(ip);
  if (address) await enforceRateLimit(policy, address);
  await enforceRateLimit(globalPolicyOf[policy], GLOBAL_KEY);
}

/** The answer to a reset or verification link that is unknown, spent or expired. */
export const invalidLink = (path: string) =>
  new AppError("validation_failed", "This link is invalid or has expired. Ask for a new one.", {
    errors: [{ path, message: "This link is invalid or has expired." }],
  });
