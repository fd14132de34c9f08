import { getLocale } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import { SiteDocument } from "@/components/shell/SiteDocument";
import { defaultLocale, isAppLocale } from "@/lib/i18n/config";
import NotFound from "./(site)/not-found";
import "./globals.css";

export { generateMetadata } from "./(site)/not-found";

/** An address no page matches (outside both root layouts): the site's frame and "not found". */
export default async function GlobalNotFound() {
  const locale = await getLocale();
  return (
    <SiteDocument
      locale={isAppLocale(locale) ? locale : defaultLocale}
      setLocaleAction={setLocaleAction}
      signOutAction={signOutAction}
    >
      <NotFound />
    </SiteDocument>
  );
}
