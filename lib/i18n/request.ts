import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeCookieName, resolveLocale, type AppLocale } from "./config";

/**
 * next-intl request configuration without locale routing: the locale comes from the
 * `NEXT_LOCALE` cookie (set by `setLocaleAction`), else Accept-Language, else English.
 * Reading cookies makes every page render per request, which pages that query the DB need anyway.
 */
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale: AppLocale = resolveLocale(
    cookieStore.get(localeCookieName)?.value,
    headerList.get("accept-language"),
  );
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Kolkata" };
});
