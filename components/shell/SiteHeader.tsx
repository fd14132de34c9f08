import Link from "next/link";
import { useTranslations } from "next-intl";
import { HeaderSignOut } from "@/components/auth/HeaderSignOut";
import { AccountLink, SignInLink } from "./AccountLink";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { Logo } from "./Logo";
import { NavLinks } from "./NavLinks";
import { NotificationBell } from "./NotificationBell";
import { PhoneMenu } from "./PhoneMenu";

/**
 * Top bar: logo, main navigation, language, account. From md up everything sits in the bar; on
 * phones the bar keeps one row (logo, menu, bell, account) and the links, the language switcher
 * and sign-out move into the menu. The two form posts (language, sign out) are the layout's server
 * actions, handed down. `signedOut` (the cached signed-out pages) shows "Sign in" without reading
 * cookies or the session.
 */
export function SiteHeader({
  setLocaleAction,
  signOutAction,
  signedOut = false,
}: {
  setLocaleAction: (form: FormData) => Promise<void>;
  signOutAction: () => Promise<void>;
  signedOut?: boolean;
}) {
  const t = useTranslations("Shell");
  const tRecords = useTranslations("records");
  const items = [
    { href: "/doctors", label: t("nav.doctors") },
    { href: "/symptom-checker", label: t("nav.symptomChecker") },
    { href: "/pharmacy", label: t("nav.medicines") },
    { href: "/lab-tests", label: t("nav.labTests") },
    { href: "/hospitals", label: t("nav.hospitals") },
    { href: "/coach", label: t("nav.coach") },
    { href: "/articles", label: t("nav.articles") },
    { href: "/forum", label: t("nav.forum") },
    { href: "/records", label: tRecords("title") },
  ];
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 max-md:flex-nowrap max-md:gap-x-1">
        <Link href="/" aria-label={t("homeLink")} className="shrink-0 rounded-lg">
          <Logo />
        </Link>
        <nav
          aria-label={t("mainNav")}
          className="order-last hidden w-full md:block lg:order-none lg:w-auto lg:flex-1"
        >
          <NavLinks
            items={items}
            className="scrollbar-none -mx-2 flex gap-1 overflow-x-auto"
            linkClassName="block whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
          />
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1 md:gap-2">
          <div className="hidden md:block">
            <LanguageSwitcher action={setLocaleAction} />
          </div>
          <PhoneMenu label={t("menu")}>
            <nav aria-label={t("mainNav")}>
              <NavLinks
                items={items}
                className="grid grid-cols-1 gap-0.5"
                linkClassName="flex min-h-11 items-center rounded-lg px-3 text-base font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
              />
            </nav>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-3">
              <LanguageSwitcher action={setLocaleAction} />
              {signedOut ? null : <HeaderSignOut action={signOutAction} labelled />}
            </div>
          </PhoneMenu>
          {signedOut ? (
            <SignInLink />
          ) : (
            <>
              <NotificationBell />
              <AccountLink />
              <div className="hidden md:block">
                <HeaderSignOut action={signOutAction} />
              </div>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
