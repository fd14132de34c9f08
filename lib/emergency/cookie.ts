/** The cookie that lets the browser that made a request follow it (its tracking token). */
export const trackingCookie = (requestId: string) => `swasthai-er-${requestId}`;

export const trackingCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  path: "/emergency",
  // A week: long enough to follow an emergency through, short enough not to linger.
  maxAge: 7 * 24 * 60 * 60,
  // Secure in production, except on a plain-http address (a local production build, the e2e run).
  secure: process.env.NODE_ENV === "production" && !process.env.APP_URL?.startsWith("http://"),
} as const;
