import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import {
  isAppLocale,
  localeCookieMaxAge,
  localeCookieName,
  type AppLocale,
} from "@/lib/i18n/config";
import { updateUser } from "@/lib/users/service";

/**
 * Makes `value` the actor's interface language: saved on the account (so it follows them to other
 * devices and to emails) and in the NEXT_LOCALE cookie (so this browser renders in it at once).
 * Only fully translated languages are accepted; anything else returns null and changes nothing.
 */
export async function applyLocale(actor: Actor, value: unknown): Promise<AppLocale | null> {
  if (!isAppLocale(value)) return null;
  await updateUser(actor, "me", { locale: value });
  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, value, {
    maxAge: localeCookieMaxAge,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
  return value;
}
