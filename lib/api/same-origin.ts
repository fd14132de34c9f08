import { AppError } from "@/lib/errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes must come from our own pages (CSRF): the Origin header, or failing
 * that Sec-Fetch-Site, must say same origin. Bearer requests need no such check.
 */
export function checkSameOrigin(request: Request): void {
  if (safeMethods.has(request.method)) return;
  const origin = request.headers.get("origin");
  const expected = new URL(request.url).origin;
  const host = request.headers.get("host");
  if (origin) {
    const given = safeOrigin(origin);
    if (given && (given === expected || (host && new URL(given).host === host))) return;
  } else if (request.headers.get("sec-fetch-site") === "same-origin") {
    return;
  }
  throw new AppError(
    "forbidden",
    "Cross-site request refused: send writes from SwasthAI's own pages or with a bearer token.",
  );
}

function safeOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
