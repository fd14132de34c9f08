import { NextResponse, type NextRequest } from "next/server";

// A cheap gate only: security headers on every page and API response. No database, no session
// decoding here; authorization always happens again inside lib/<domain> functions.
const isProduction = process.env.NODE_ENV === "production";

const csp = [
  "default-src 'self'",
  // Next's inline bootstrap scripts need 'unsafe-inline' without per-request nonces.
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://*.tile.openstreetmap.org",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' https://meet.jit.si",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  // Chrome applies form-action to the redirects after a post: OAuth sign-in goes to the providers.
  "form-action 'self' https://accounts.google.com https://github.com",
  "object-src 'none'",
].join("; ");

// Signed-in areas: a visitor without a session cookie is sent to sign in first (with a return URL).
// Presence only; the session itself is verified by lib/auth on every page and action.
const privatePrefixes = [
  "/dashboard",
  "/appointments",
  "/records",
  "/profile",
  "/onboarding",
  "/settings",
  "/notifications",
  "/pharmacy/orders",
  "/pharmacy/checkout",
  "/lab/bookings",
  "/coach",
  "/symptom-checker/history",
  "/doctor",
  "/admin",
];
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

function needsSignIn(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  if (!privatePrefixes.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  return !request.cookies
    .getAll()
    .some((c) => sessionCookies.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

export function proxy(request: NextRequest) {
  const response = needsSignIn(request) ? redirectToLogin(request) : NextResponse.next();
  const h = response.headers;
  h.set("Content-Security-Policy", csp);
  h.set("X-Content-Type-Options", "nosniff");
  h.set("X-Frame-Options", "DENY");
  h.set("Referrer-Policy", "strict-origin-when-cross-origin");
  h.set("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(self), payment=()");
  if (isProduction) h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

function redirectToLogin(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
