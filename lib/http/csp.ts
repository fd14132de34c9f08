/**
 * The Content-Security-Policy headers. Pages get a fresh nonce per request: Next reads it from the
 * request's CSP header and puts it on every script it renders, and 'strict-dynamic' lets those
 * scripts load the chunks they need, so no inline script runs without the nonce. Edge-safe.
 */

/** 128 random bits, base64 (the form Next's nonce parser accepts). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The page policy; `dev` adds 'unsafe-eval', which React needs there for its debugging aids. */
export function pageCsp(nonce: string, dev: boolean): string {
  // 'self' only counts for browsers without 'strict-dynamic' (CSP2), which ignore the nonce's reach.
  return policyWithScripts(`'self' 'nonce-${nonce}' 'strict-dynamic'`, dev);
}

/**
 * The policy of a signed-out page served from the full-route cache (lib/cache/public-routes.ts):
 * one HTML for every visitor cannot carry a per-request nonce, so Next's inline scripts (its
 * payload) run by 'unsafe-inline' and its chunks by 'self'. Those pages hold no session and no
 * visitor's data; React still escapes every text, and other sites' scripts stay refused.
 */
export function cachedPageCsp(dev: boolean): string {
  return policyWithScripts("'self' 'unsafe-inline'", dev);
}

function policyWithScripts(scriptSources: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${dev ? " 'unsafe-eval'" : ""}`,
    // React and Leaflet set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://*.tile.openstreetmap.org",
    "font-src 'self'",
    "connect-src 'self'",
    // The web push service worker (/sw.js); 'strict-dynamic' would otherwise decide for workers.
    "worker-src 'self'",
    "frame-src 'self' https://meet.jit.si",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    // Chrome applies form-action to the redirects after a post: OAuth sign-in goes to the providers.
    // The pay page's form posts to Razorpay's hosted checkout (no script of theirs runs here).
    "form-action 'self' https://accounts.google.com https://github.com https://api.razorpay.com",
    "object-src 'none'",
  ].join("; ");
}

/**
 * /api/v1 answers are data, never documents: nothing may load or frame them. A route may send a
 * stricter policy of its own (the photo adds `sandbox`), which apiRoute keeps.
 */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'";
