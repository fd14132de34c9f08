import { apiCsp } from "@/lib/http/csp";

/**
 * `private, no-store` unless the response already says how it may be cached: personal answers
 * must never sit in a shared cache or the browser's back/forward history. A handler that sets its
 * own policy (the photo's `private, max-age`) keeps it.
 */
export const privateNoStore = "private, no-store";

/** The same response with each of `defaults` it does not already carry. */
export function withDefaultHeaders(response: Response, defaults: Record<string, string>): Response {
  const missing = Object.entries(defaults).filter(([name]) => !response.headers.has(name));
  if (missing.length === 0) return response;
  try {
    for (const [name, value] of missing) response.headers.set(name, value);
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers: copy them.
    const headers = new Headers(response.headers);
    for (const [name, value] of missing) headers.set(name, value);
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}

/** The same response, marked private unless it carries its own Cache-Control. */
export const keepPrivate = (response: Response): Response =>
  withDefaultHeaders(response, { "cache-control": privateNoStore });

/**
 * Every /api/v1 answer: the API's strict CSP (proxy.ts leaves it to us), `nosniff` (also for the
 * record upload, which the proxy does not see), private if personal.
 */
export const withApiHeaders = (response: Response, personal: boolean): Response =>
  withDefaultHeaders(response, {
    "content-security-policy": apiCsp,
    "x-content-type-options": "nosniff",
    ...(personal ? { "cache-control": privateNoStore } : {}),
  });
