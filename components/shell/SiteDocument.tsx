import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/config";
import { BottomNav } from "./BottomNav";
import { ErrorCopyProvider } from "./ErrorCopy";
import { SiteFooter } from "./SiteFooter";
import { ServiceWorker } from "./ServiceWorker";
import { SiteHeader } from "./SiteHeader";

/** The document's metadata, shared by both root layouts (app/(site) and the cached app/cached). */
export async function siteMetadata(locale: AppLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    // The manifest is linked by Next from app/manifest.ts.
    icons: { icon: "/favicon.svg", apple: "/icons/apple-touch-icon.png" },
    formatDetection: { telephone: false },
  };
}

export const siteViewport: Viewport = {
  themeColor: "#0f766e",
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
};

/**
 * <html> and the frame around every page: skip link, header, main, footer, bottom bar. Rendered by
 * both root layouts, which hand down the header's two server actions (language, sign out);
 * `signedOut` (the cached pages) keeps the header from reading the session.
 */
export async function SiteDocument({
  locale,
  signedOut = false,
  setLocaleAction,
  signOutAction,
  children,
}: {
  locale: AppLocale;
  signedOut?: boolean;
  setLocaleAction: (form: FormData) => Promise<void>;
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  const [t, tError] = await Promise.all([
    getTranslations({ locale, namespace: "Shell" }),
    getTranslations({ locale, namespace: "States.error" }),
  ]);
  const errorCopy = {
    title: tError("title"),
    text: tError("text"),
    retry: tError("retry"),
    home: tError("home"),
    reference: tError.raw("reference") as string,
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col pb-[calc(3.5rem+env(safe-area-inset-bottom))] font-sans md:pb-0">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-brand-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        {/*
          No NextIntlClientProvider, here or anywhere: its message runtime would ship to the
          browser. A client component gets its words as props, translated on the server: a page
          passes copyOf(namespace) (lib/i18n/copy.ts) or single strings; see lib/i18n/read-copy.ts.
        */}
        <ErrorCopyProvider copy={errorCopy}>
          <SiteHeader
            setLocaleAction={setLocaleAction}
            signOutAction={signOutAction}
            signedOut={signedOut}
          />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
          <BottomNav />
        </ErrorCopyProvider>
        <ServiceWorker />
      </body>
    </html>
  );
}
