/** Where a sign-in lands when no (acceptable) callbackUrl was given. */
export const defaultAfterSignIn = "/profile";

// Pages that send a signed-in visitor onward: never a destination, or they would bounce forever.
const bouncingPaths = new Set(["/login", "/signup"]);

/**
 * The callbackUrl if it is a same-site relative path, else null. Refuses absolute and
 * protocol-relative URLs ("//evil.example", "/\\evil.example"), control characters and
 * backslashes (browsers strip or rewrite them into "//"), and the sign-in pages themselves.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, "http://same.invalid");
  } catch {
    return null;
  }
  if (url.origin !== "http://same.invalid") return null;
  if (bouncingPaths.has(url.pathname.replace(/\/+$/, "") || "/")) return null;
  return value;
}
