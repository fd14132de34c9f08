import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/SiteDocument";
import { isAppLocale } from "@/lib/i18n/config";
import "../../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Root layout of the signed-out pages served from Next's full-route cache. proxy.ts rewrites a
 * signed-out visitor's home, doctor search, doctor profile, article list and articles here
 * (lib/cache/public-routes.ts); the address bar keeps the canonical URL. The locale comes from the
 * path and nothing reads cookies, headers or the session ("force-static" even makes them read as
 * empty), so one render serves every signed-out visitor of that language until
 * lib/cache/public-pages.ts expires it.
 * Moving between this tree and app/(site) is a full page load (two root layouts).
 */
export const dynamic = "force-static";

/** Nothing at build time (the database may not exist then): each page renders on its first visit. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isAppLocale(locale) ? siteMetadata(locale) : {};
}

export const viewport = siteViewport;

export default async function CachedLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteDocument
      locale={locale}
      signedOut
      setLocaleAction={setLocaleAction}
      signOutAction={signOutAction}
    >
      {children}
    </SiteDocument>
  );
}
