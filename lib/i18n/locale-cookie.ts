import "server-only";
import { cookies } from "next/headers";
import { localeCookieMaxAge, localeCookieName, type AppLocale } from "./config";

/**
 * Makes this browser render in `locale` from the next request on (the NEXT_LOCALE cookie that
 * lib/i18n/request.ts reads). Only where Next lets a response set cookies: server actions and
 * route handlers, which is where the language switcher and every sign-in run.
 */
export async function setLocaleCookie(locale: AppLocale): Promise<void> {
  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, locale, {
    maxAge: localeCookieMaxAge,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
}
