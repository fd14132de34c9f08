import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addressForLimits, clientIp } from "@/lib/http/client-ip";
import { enforceRateLimit, GLOBAL_KEY } from "@/lib/rate-limit";

/**
 * The general API limit: per user when signed in; otherwise per client address when one is vouched
 * for, else (no address source, or RATE_LIMIT_BY_IP=off) one global bucket for all anonymous
 * callers, so that a flood is still bounded. Health probes (`global` false) stay outside it, so a
 * flood cannot get an instance restarted. With addresses known the global bucket is not counted:
 * partners reading the public API from many addresses must not throttle each other.
 */
export async function limitCaller(
  actor: Actor | null,
  request: Request,
  options: { global: boolean } = { global: true },
): Promise<void> {
  if (actor) return enforceRateLimit("api_user", String(actor.userId));
  const address = addressForLimits(clientIp(request.headers));
  if (address) await enforceRateLimit("api_anonymous_ip", address);
  else if (options.global) await enforceRateLimit("api_anonymous_global", GLOBAL_KEY);
}
