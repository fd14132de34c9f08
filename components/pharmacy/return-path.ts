import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** Why a cart form failed, as the page words it (`?cartError=`). */
export const cartErrorKeys = ["over_limit", "not_orderable", "rate_limited", "failed"] as const;
export type CartErrorKey = (typeof cartErrorKeys)[number];

/** The pharmacy page a cart form came from (its hidden `returnTo`), else the shop itself. */
export function pharmacyReturnPath(value: unknown): string {
  const safe = safeCallbackUrl(value);
  return safe &&
    (safe === "/pharmacy" || safe.startsWith("/pharmacy/") || safe.startsWith("/pharmacy?"))
    ? safe
    : "/pharmacy";
}

/** `path` with one query parameter set (replacing the same one), the rest kept. */
export function withQuery(path: string, key: string, value: string | null): string {
  const url = new URL(path, "http://same.invalid");
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The `?cartError=` value on a page, if it is one the page knows. */
export function cartErrorOf(value: unknown): CartErrorKey | null {
  return cartErrorKeys.find((k) => k === value) ?? null;
}
