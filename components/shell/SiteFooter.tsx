import Link from "next/link";
import { Phone } from "lucide-react";
import { useTranslations } from "next-intl";
import { Logo } from "./Logo";

/** Footer: links, the tap-to-call emergency line and the "guidance, not a diagnosis" note. */
export function SiteFooter() {
  const t = useTranslations("Shell.footer");
  const links = [
    { href: "/about", label: t("about") },
    { href: "/help", label: t("help") },
    { href: "/privacy", label: t("privacy") },
    { href: "/terms", label: t("terms") },
  ];
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-3">
        <div className="space-y-2">
          <Logo />
          <p className="text-sm text-slate-600">{t("tagline")}</p>
        </div>
        <nav aria-label={t("label")}>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("linksHeading")}</h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm md:grid-cols-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-block py-1 text-slate-700 underline-offset-4 hover:text-brand-800 hover:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="space-y-3 text-sm">
          <p className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-red-900">
            <Phone aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              {t.rich("emergency", {
                link: (chunks) => (
                  <a href="tel:108" className="font-bold underline underline-offset-2">
                    {chunks}
                  </a>
                ),
              })}
            </span>
          </p>
          <p className="text-slate-600">{t("disclaimer")}</p>
        </div>
      </div>
      <div className="border-t border-slate-100 py-4 text-center text-xs text-slate-600">
        {t("copyright", { year: new Date().getFullYear() })}
      </div>
    </footer>
  );
}
