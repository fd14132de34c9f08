import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isAppLocale, type AppLocale } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { updateUser } from "@/lib/users/service";

/**
 * Makes `value` the interface language: for a signed-in actor saved on the account (through the
 * same updateUser as PATCH /api/v1/users/me, so it follows them to other devices and into their
 * mails, SMS and notifications), and in every case in this browser's NEXT_LOCALE cookie (so the
 * next page renders in it). Only fully translated languages are accepted; anything else returns
 * null and changes nothing.
 */
export async function applyLocale(actor: Actor | null, value: unknown): Promise<AppLocale | null> {
  if (!isAppLocale(value)) return null;
  if (actor) await updateUser(actor, "me", { locale: value });
  await setLocaleCookie(value);
  return value;
}
