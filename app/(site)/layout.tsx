import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/SiteDocument";
import { isAppLocale, defaultLocale } from "@/lib/i18n/config";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await currentLocale());
}

export const viewport = siteViewport;

async function currentLocale() {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : defaultLocale;
}

/** Every page rendered per request: the visitor's language (cookie or browser) and session. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument
      locale={await currentLocale()}
      setLocaleAction={setLocaleAction}
      signOutAction={signOutAction}
    >
      {children}
    </SiteDocument>
  );
}
