import Link from "next/link";
import {
  Bot,
  ClipboardPlus,
  FileText,
  FlaskConical,
  Hospital,
  MapPin,
  Pill,
  Video,
} from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * The app's entry points whose pages exist. The forum (texts in Home.services) joins when its
 * pages are built.
 */
export function ServiceTiles() {
  const t = useTranslations("Home.services");
  const services = [
    { key: "consult", href: "/doctors?online=true", Icon: Video, tone: "bg-sky-50 text-sky-800" },
    {
      key: "nearby",
      href: "/doctors?online=false",
      Icon: MapPin,
      tone: "bg-emerald-50 text-emerald-800",
    },
    {
      key: "symptoms",
      href: "/symptom-checker",
      Icon: ClipboardPlus,
      tone: "bg-amber-50 text-amber-800",
    },
    { key: "medicines", href: "/pharmacy", Icon: Pill, tone: "bg-orange-50 text-orange-800" },
    { key: "labTests", href: "/lab-tests", Icon: FlaskConical, tone: "bg-teal-50 text-teal-800" },
    { key: "hospitals", href: "/hospitals", Icon: Hospital, tone: "bg-red-50 text-red-800" },
    { key: "coach", href: "/coach", Icon: Bot, tone: "bg-violet-50 text-violet-800" },
    { key: "records", href: "/records", Icon: FileText, tone: "bg-brand-50 text-brand-800" },
  ] as const;
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-3">
      {services.map(({ key, href, Icon, tone }) => (
        <li key={key}>
          <Link
            href={href}
            className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-300 hover:shadow-sm"
          >
            <span className={`grid size-10 place-items-center rounded-lg ${tone}`}>
              <Icon aria-hidden="true" className="size-5" />
            </span>
            <span className="font-semibold text-slate-900">{t(`${key}.title`)}</span>
            <span className="text-sm text-slate-600">{t(`${key}.text`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
