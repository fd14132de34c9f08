import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isAppLocale, localeCookieName, resolveLocale, type AppLocale } from "./config";

/**
 * next-intl request configuration without locale routing: the locale comes from the
 * `NEXT_LOCALE` cookie (set by `setLocaleAction`), else Accept-Language, else English.
 * Reading cookies makes every page render per request, which pages that query the DB need anyway.
 * The cached signed-out pages (app/cached/[locale]) name their locale instead (setRequestLocale, or
 * a `locale` passed to getTranslations): then no cookie or header is read, so they stay static.
 */
export default getRequestConfig(async ({ locale: given, requestLocale }) => {
  const named = given ?? (await requestLocale);
  const locale: AppLocale = isAppLocale(named) ? named : await visitorLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Kolkata" };
});

async function visitorLocale(): Promise<AppLocale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(localeCookieName)?.value, headerList.get("accept-language"));
}
