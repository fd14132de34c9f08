import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { problemResponse } from "@/lib/api/problem";
import { openedArticleSlug } from "@/lib/articles/view-request";
import { AppError } from "@/lib/errors";
import { cachedPathFor, isCachedTreePath } from "@/lib/cache/public-routes";
import { isCrossSiteAction } from "@/lib/http/action-origin";
import { cachedPageCsp, newNonce, pageCsp } from "@/lib/http/csp";
import { isOversizedFormPost, refusedTooLarge } from "@/lib/http/oversized-form";
import { localeCookieName } from "@/lib/i18n/config";

// A cheap gate only: security headers on every page and API response. No session decoding here;
// authorization always happens again inside lib/<domain> functions. The one database write is an
// article's view count, after the response (countArticleOpen).
const isProduction = process.env.NODE_ENV === "production";

// Signed-in areas: a visitor without a session cookie is sent to sign in first (with a return URL).
// Presence only; the session itself is verified by lib/auth on every page and action.
const privatePrefixes = [
  "/dashboard",
  "/appointments",
  "/records",
  "/prescriptions",
  "/profile",
  "/onboarding",
  "/settings",
  "/notifications",
  "/pharmacy/orders",
  "/pharmacy/checkout",
  "/lab-tests/book",
  "/lab-tests/bookings",
  "/coach",
  "/symptom-checker/history",
  "/forum/new",
  "/forum/replies",
  "/articles/saved",
  "/help/tickets",
  "/doctor",
  "/admin",
];
// Signed-in pages inside public sections: editing a forum thread.
const privatePatterns = [/^\/forum\/[^/]+\/edit$/];
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

// A record's file as the pages serve it (/records/<id>/file): not a page but a file, with its own
// policy from the route (the proxy's would win, see pass()), shown framed in the record's page.
const recordFilePath = /^\/records\/[^/]+\/file$/;
// An application's verification document for admins: a file with its route's own sandbox policy.
const adminDocumentPath = /^\/admin\/doctors\/[^/]+\/documents\/[^/]+$/;
// A lab booking's report as the pages serve it: an attachment with its route's own policy.
const labReportPath = /^\/lab-tests\/bookings\/[^/]+\/report$/;

function needsSignIn(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  const isPrivate =
    privatePrefixes.some((p) => path === p || path.startsWith(`${p}/`)) ||
    privatePatterns.some((pattern) => pattern.test(path));
  if (!isPrivate) return false;
  return !request.cookies
    .getAll()
    .some((c) => sessionCookies.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

// Next always passes the event; unit tests of the headers may leave it out.
export function proxy(request: NextRequest, event?: NextFetchEvent) {
  if (isCrossSiteAction(request)) return refuseCrossSiteAction();
  if (event) countArticleOpen(request, event);
  const response = needsSignIn(request)
    ? redirectToLogin(request)
    : isOversizedFormPost(request)
      ? backRefusedTooLarge(request)
      : (fromPageCache(request) ?? pass(request));
  const h = response.headers;
  h.set("X-Content-Type-Options", "nosniff");
  h.set("X-Frame-Options", recordFilePath.test(request.nextUrl.pathname) ? "SAMEORIGIN" : "DENY");
  h.set("Referrer-Policy", "strict-origin-when-cross-origin");
  h.set("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(self), payment=()");
  if (isProduction) h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

/**
 * Pages: a fresh nonce, given to Next in the request's CSP header (it marks its scripts with it)
 * and to the browser in the response's. /api/v1 answers carry their own policy (apiRoute, the
 * photo's sandbox), and so does a record's file: a header set here would win over the route's,
 * so none is set for them.
 */
function pass(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  if (
    path.startsWith("/api/v1/") ||
    recordFilePath.test(path) ||
    adminDocumentPath.test(path) ||
    labReportPath.test(path)
  )
    return NextResponse.next();
  const csp = pageCsp(newNonce(), !isProduction);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * A signed-out visitor's home, doctor search, doctor profile, article list or article: rewritten
 * to the cached tree for their locale (the address bar keeps the canonical URL). Shared caches
 * must not keep the answer under that URL, since a signed-in visitor or another language gets a
 * different page there. A request for the internal path itself gets the same headers (it cannot
 * be refused here; its list page accepts only canonical queries instead). Served on a loopback
 * literal, Next would proxy the rewrite to itself over HTTP (lib/http/listen-host.ts), so our
 * servers listen on "localhost".
 */
function fromPageCache(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  if (isCachedTreePath(pathname)) return withCachedPageHeaders(NextResponse.next());
  const target = cachedPathFor({
    method: request.method,
    pathname,
    searchParams,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    localeCookie: request.cookies.get(localeCookieName)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (!target) return null;
  const url = request.nextUrl.clone();
  url.pathname = target;
  return withCachedPageHeaders(NextResponse.rewrite(url));
}

/**
 * An article's view is counted here, once per open, signed in or out, with or without JavaScript:
 * its signed-out page comes from the cache and no longer renders per reader. After the response,
 * so the page never waits for the write; the database code is imported on the first open only,
 * so no other request loads it.
 */
function countArticleOpen(request: NextRequest, event: NextFetchEvent): void {
  const slug = openedArticleSlug({
    method: request.method,
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    headers: request.headers,
  });
  if (!slug) return;
  event.waitUntil(
    import("@/lib/articles/views").then(({ countArticleViewQuietly }) =>
      countArticleViewQuietly(slug),
    ),
  );
}

function withCachedPageHeaders(response: NextResponse): NextResponse {
  response.headers.set("Content-Security-Policy", cachedPageCsp(!isProduction));
  // Next keeps a header the proxy set (its s-maxage would otherwise invite shared caches in).
  response.headers.set("Cache-Control", "private, no-cache");
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

// Next's own refusal throws, which answers 500 and logs an error for every probe.
function refuseCrossSiteAction(): Response {
  return problemResponse(
    new AppError(
      "forbidden",
      "Cross-site form or action refused: send it from SwasthAI's own pages.",
    ),
  );
}

// A form post without JavaScript past what a server action reads: back to its page, which says
// the file was too large (Next would cut the body off and answer an error page).
function backRefusedTooLarge(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.searchParams.set(refusedTooLarge.name, refusedTooLarge.value);
  return NextResponse.redirect(url, 303);
}

function redirectToLogin(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// A path the proxy matches has its request body read in full (buffered up to
// proxyClientMaxBodySize) before the route runs. A record upload to the API is therefore left
// out, so its route reads the body as it streams and refuses an oversized one (413) at once: by
// its Content-Length before reading, or by cutting the stream off at the cap.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/v1/health-records|api/v1/doctors/me/documents).*)",
    "/api/v1/health-records/:path+",
    {
      source: "/api/v1/health-records",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    // A doctor's verification document upload streams the same way.
    "/api/v1/doctors/me/documents/:path+",
    {
      source: "/api/v1/doctors/me/documents",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
