/**
 * Next refuses a server action posted from another site (CSRF) by throwing, which answers 500. The
 * proxy answers 403 instead, by the same rule as next/dist/server/app-render/action-handler.js:
 * a POST that may be an action (a Next-Action header, or a multipart form post to a page), whose
 * Origin host is neither the forwarded host (else the Host) nor in serverActions.allowedOrigins.
 * No Origin passes, as in Next: browsers always send one with a cross-site POST. Edge-safe.
 */

/** serverActions.allowedOrigins of next.config.ts: hosts ("app.example.com", "*.example.com"). */
export const serverActionAllowedOrigins: string[] = [];

interface ActionRequest {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string };
}

/** True when Next would refuse this request as a cross-site server action. */
export function isCrossSiteAction(
  request: ActionRequest,
  allowedOrigins: readonly string[] = serverActionAllowedOrigins,
): boolean {
  if (request.method !== "POST" || !mayBeAction(request)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (originHost === undefined) return true;
  const host = forwardedHost(request.headers) ?? request.headers.get("host");
  if (host && originHost === host) return false;
  return !allowedOrigins.some((pattern) => matchesHost(originHost, pattern));
}

function mayBeAction({ headers, nextUrl }: ActionRequest): boolean {
  if (headers.has("next-action")) return true;
  // Route handlers take their own uploads; only pages run form actions.
  const multipart = headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  return multipart && !nextUrl.pathname.startsWith("/api/");
}

/** "null" for opaque origins (sandboxed frames), as Next compares it; undefined if unparseable. */
function hostOf(origin: string): string | undefined {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function forwardedHost(headers: Headers): string | undefined {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || undefined;
}

/** Next's allowedOrigins match: exact, `*` for one label, a trailing `**` for any number. */
function matchesHost(host: string, pattern: string): boolean {
  const domain = host.toLowerCase().split(".");
  const parts = pattern.toLowerCase().split(".");
  if (pattern.toLowerCase() === host.toLowerCase()) return true;
  if (parts.length === 1 && (parts[0] === "*" || parts[0] === "**")) return false;
  if (domain.length < parts.length) return false;
  while (parts.length > 0) {
    const part = parts.pop()!;
    const label = domain.pop();
    if (part === "") return false;
    if (part === "**") return parts.length === 0 && label !== undefined;
    if (part === "*" ? !label : label !== part) return false;
  }
  return domain.length === 0;
}
