import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/http/client-ip";
import { enforceRateLimit } from "@/lib/rate-limit";

/**
 * The general API limit: per user when signed in, per client address otherwise. Without an address
 * the platform vouches for ("direct"), anonymous traffic is not limited here rather than all
 * anonymous callers sharing one bucket; the endpoints that matter (sign-in, sign-up) limit per account too.
 */
export async function limitCaller(actor: Actor | null, request: Request): Promise<void> {
  if (actor) return enforceRateLimit("api_user", String(actor.userId));
  const ip = clientIp(request.headers);
  if (ip !== "direct") await enforceRateLimit("api_anonymous_ip", ip);
}
