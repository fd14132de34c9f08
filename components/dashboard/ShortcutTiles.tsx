import Link from "next/link";
import { FileText, FlaskConical, MapPin, Newspaper, Pill, Video } from "lucide-react";
import { useTranslations } from "next-intl";

const shortcuts = [
  { key: "consult", href: "/doctors?online=true", Icon: Video, tone: "bg-sky-50 text-sky-800" },
  {
    key: "nearby",
    href: "/doctors?online=false",
    Icon: MapPin,
    tone: "bg-emerald-50 text-emerald-800",
  },
  { key: "medicines", href: "/pharmacy", Icon: Pill, tone: "bg-orange-50 text-orange-800" },
  { key: "labTests", href: "/lab-tests", Icon: FlaskConical, tone: "bg-teal-50 text-teal-800" },
  { key: "records", href: "/records", Icon: FileText, tone: "bg-brand-50 text-brand-800" },
  { key: "articles", href: "/articles", Icon: Newspaper, tone: "bg-violet-50 text-violet-800" },
] as const;

/** The six quick tiles of the patient home (#1). */
export function ShortcutTiles() {
  const t = useTranslations("Dashboard");
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" className="mb-3 text-lg font-bold text-slate-900">
        {t("shortcutsTitle")}
      </h2>
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
        {shortcuts.map(({ key, href, Icon, tone }) => (
          <li key={key}>
            <Link
              href={href}
              className="flex h-full flex-col items-center gap-2 rounded-xl border border-slate-200 bg-white p-3 text-center hover:border-brand-300 hover:shadow-sm"
            >
              <span className={`grid size-10 place-items-center rounded-lg ${tone}`}>
                <Icon aria-hidden="true" className="size-5" />
              </span>
              <span className="text-sm font-semibold text-slate-900">{t(`shortcuts.${key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
