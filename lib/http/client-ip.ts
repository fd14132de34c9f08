import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";

/** Returned when no address can be trusted: all such requests share one rate-limit bucket. */
export const UNTRUSTED_CLIENT = "direct";

export interface ClientIpConfig {
  /** Running on Vercel (`VERCEL=1`): its edge sets `x-real-ip` and `x-vercel-forwarded-for`. */
  vercel: boolean;
  /** How many reverse proxies we run behind, each appending to `X-Forwarded-For`. */
  trustedProxyHops: number;
}

/**
 * The client address the platform vouches for, for rate-limit keys and session records.
 *
 * - On Vercel: `x-real-ip`, else the first `x-vercel-forwarded-for` entry (Vercel overwrites both).
 * - Behind `TRUSTED_PROXY_HOPS=n` proxies: the n-th `X-Forwarded-For` entry from the RIGHT. Each of
 *   our proxies appends the address it saw, so entries left of those are whatever the client sent
 *   and are never believed.
 * - With 0 hops: "direct". A route handler under `next start` cannot see the socket address, and
 *   any forwarding header could be forged (Next fills X-Forwarded-For only when the client left it
 *   out), so nothing is trusted. Deploy behind a proxy and set TRUSTED_PROXY_HOPS (e.g. 1 for one
 *   nginx or load balancer) to get per-client limits; production refuses to start without a source.
 */
export function clientIp(headers: Headers): string {
  return resolveClientIp(headers, {
    vercel: env.VERCEL === "1",
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  });
}

/**
 * The address to count per-address limits under, or undefined when there is none to trust or
 * RATE_LIMIT_BY_IP=off: then only the route's global limit applies.
 */
export function addressForLimits(ip: string): string | undefined {
  if (ip === UNTRUSTED_CLIENT || env.RATE_LIMIT_BY_IP === "off") return undefined;
  return ip;
}

/** `clientIp` with its configuration passed in (pure; unit-tested). */
export function resolveClientIp(headers: Headers, config: ClientIpConfig): string {
  if (config.vercel) {
    const real = normaliseIp(headers.get("x-real-ip"));
    if (real) return real;
    const forwarded = normaliseIp(splitList(headers.get("x-vercel-forwarded-for"))[0]);
    return forwarded ?? UNTRUSTED_CLIENT;
  }
  if (config.trustedProxyHops <= 0) return UNTRUSTED_CLIENT;
  const chain = splitList(headers.get("x-forwarded-for"));
  if (chain.length === 0) return UNTRUSTED_CLIENT;
  // Fewer entries than hops means the request skipped an outer proxy; every entry present was still
  // written by one of ours, so the leftmost is the furthest address we can vouch for.
  const index = Math.max(0, chain.length - config.trustedProxyHops);
  return normaliseIp(chain[index]) ?? UNTRUSTED_CLIENT;
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A bare IPv4/IPv6 address (ports and brackets removed, IPv6 lower-cased), or undefined. */
export function normaliseIp(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let candidate = value.trim();
  if (candidate.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(candidate))
    candidate = candidate.replace(/:\d+$/, "");
  const version = isIP(candidate);
  if (version === 0) return undefined;
  if (version === 6) {
    candidate = candidate.toLowerCase();
    // An IPv4-mapped IPv6 address is the IPv4 client.
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(candidate);
    if (mapped) return mapped[1];
  }
  return candidate;
}
