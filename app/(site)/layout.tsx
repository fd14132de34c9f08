import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BottomNav } from "@/components/shell/BottomNav";
import { ErrorCopyProvider } from "@/components/shell/ErrorCopy";
import { SiteFooter } from "@/components/shell/SiteFooter";
import { SiteHeader } from "@/components/shell/SiteHeader";
import { IconSprite } from "@/components/ui/SpriteIcon";
import { signOutAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    icons: { icon: "/favicon.svg" },
    manifest: "/manifest.webmanifest",
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: "#0f766e",
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, tError] = await Promise.all([
    getLocale(),
    getTranslations("Shell"),
    getTranslations("States.error"),
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
        <IconSprite />
        {/*
          No NextIntlClientProvider, here or anywhere: its message runtime would ship to the
          browser. A client component gets its words as props, translated on the server: a page
          passes copyOf(namespace) (lib/i18n/copy.ts) or single strings; see lib/i18n/read-copy.ts.
        */}
        <ErrorCopyProvider copy={errorCopy}>
          <SiteHeader setLocaleAction={setLocaleAction} signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
          <BottomNav />
        </ErrorCopyProvider>
      </body>
    </html>
  );
}
