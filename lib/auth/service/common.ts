import "server-only";
import { enforceRateLimit } from "@/lib/rate-limit";
import { AppError } from "@/lib/errors";

// Per-address limits need an address the platform vouches for; "direct" would put every caller in
// one bucket, letting one abuser lock everyone out. Per-account limits apply regardless.
/** Enforces a per-address limit when the client address is known. */
export async function limitAddress(
  policy: "login_ip" | "register_ip" | "forgot_ip" | "refresh_ip",
  ip: string,
): Promise<void> {
  if (ip !== "direct") await enforceRateLimit(policy, ip);
}

/** The answer to a reset or verification link that is unknown, spent or expired. */
export const invalidLink = (path: string) =>
  new AppError("validation_failed", "This link is invalid or has expired. Ask for a new one.", {
    errors: [{ path, message: "This link is invalid or has expired." }],
  });
