import type { UserRole } from "@/db/schema/users";

/**
 * Each role's own place: a patient their home (#1), a doctor the dashboard, an admin the admin
 * overview. "My account" in the header links here too.
 */
export const homeByRole = {
  patient: "/dashboard",
  doctor: "/doctor",
  admin: "/admin",
} as const satisfies Record<UserRole, string>;

export function homeFor(role: UserRole): string {
  return homeByRole[role];
}

/**
 * Where a sign-in lands when no (acceptable) callbackUrl was given and the role is not known yet
 * (the password form, OAuth): a route that sends the signed-in user to `homeFor` their role.
 */
export const defaultAfterSignIn = "/signed-in";

// Pages that send a signed-in visitor onward: never a destination, or they would bounce forever.
const bouncingPaths = new Set([
  "/login",
  "/login/phone",
  "/login/phone/code",
  "/signup",
  defaultAfterSignIn,
]);

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
