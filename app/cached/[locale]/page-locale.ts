import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isAppLocale, type AppLocale } from "@/lib/i18n/config";

/**
 * The cached page's locale from its path, set for next-intl before anything translates (layout,
 * page and metadata may render in any order, so each calls this first).
 */
export async function enterLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
