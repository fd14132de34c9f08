import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addressForLimits, clientIp } from "@/lib/http/client-ip";
import { enforceRateLimit, GLOBAL_KEY } from "@/lib/rate-limit";

/**
 * The general API limit: per user when signed in; otherwise per client address when one is vouched
 * for, and within one global bucket for all anonymous callers (unless `global` is false: health
 * probes), so that a flood is bounded even when addresses are unknown. The per-address check runs
 * first so that one known abuser, stopped by their own limit, does not use up the shared bucket.
 */
export async function limitCaller(
  actor: Actor | null,
  request: Request,
  options: { global: boolean } = { global: true },
): Promise<void> {
  if (actor) return enforceRateLimit("api_user", String(actor.userId));
  const address = addressForLimits(clientIp(request.headers));
  if (address) await enforceRateLimit("api_anonymous_ip", address);
  if (options.global) await enforceRateLimit("api_anonymous_global", GLOBAL_KEY);
}
