import "server-only";
import { env } from "@/lib/env";

/**
 * The public origin Razorpay sends the payer back to: APP_URL when set (behind a proxy the
 * request's own host may be an internal one), else what the request came to.
 */
export function publicOrigin(requestOrigin: string): string {
  return env.APP_URL ? new URL(env.APP_URL).origin : requestOrigin;
}
