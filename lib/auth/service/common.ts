import "server-only";
import { addressForLimits } from "@/lib/http/client-ip";
import { enforceRateLimit, GLOBAL_KEY, type RateLimitPolicy } from "@/lib/rate-limit";
import { AppError } from "@/lib/errors";

const globalPolicyOf = {
  login_ip: "login_global",
  register_ip: "register_global",
  forgot_ip: "forgot_global",
  refresh_ip: "refresh_global",
  otp_request_ip: "otp_request_global",
  otp_verify_ip: "otp_verify_global",
} as const satisfies Record<string, RateLimitPolicy>;

// Per-address limits need an address the platform vouches for; "direct" would put every caller in
// one per-address bucket, letting one abuser lock everyone out. Without an address the global bucket
// is the fallback that still bounds a flood. It is only the fallback: counted always, one botnet
// could deny sign-in to the whole platform, and a growing platform would hit it (with Upstash it is
// shared by every instance) without any abuse at all.
/** Enforces the route's per-address limit when the address is known, else its global limit. */
export async function limitAddress(policy: keyof typeof globalPolicyOf, ip: string): Promise<void> {
  const address = addressForLimits(ip);
  if (address) await enforceRateLimit(policy, address);
  else await enforceRateLimit(globalPolicyOf[policy], GLOBAL_KEY);
}

/** The answer to a reset or verification link that is unknown, spent or expired. */
export const invalidLink = (path: string) =>
  new AppError("validation_failed", "This link is invalid or has expired. Ask for a new one.", {
    errors: [{ path, message: "This link is invalid or has expired." }],
  });
