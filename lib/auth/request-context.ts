import "server-only";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";

/** Where a request came from: the vouched-for client address, agent, and the public origin. */
export interface RequestContext {
  ip: string;
  userAgent: string | null;
  origin: string;
}

/** Client address (as vouched for), user agent and the public origin for links in mails. */
export function requestContextOf(
  request: Request | { headers: Headers; url?: string },
): RequestContext {
  return {
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent"),
    origin: publicOrigin(request),
  };
}

/**
 * Links in mails never come from the Host header in production (a forged Host would mail the
 * victim a reset link to the attacker's site): APP_URL, else the local address of the server.
 */
function publicOrigin(request: { headers: Headers; url?: string }): string {
  if (env.APP_URL || env.NODE_ENV === "production") return configuredOrigin();
  const host = request.headers.get("host");
  if (host) return `http://${host}`;
  return request.url ? new URL(request.url).origin : "http://localhost:3000";
}

/**
 * The public origin from configuration alone: APP_URL, else the local address of the server.
 * For links printed on pages (an article's share link): a cached page is one copy for every
 * reader, and no request's Host header may end up in it.
 */
export function configuredOrigin(): string {
  return env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${process.env.PORT ?? 3000}`;
}
