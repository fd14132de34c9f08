import Link from "next/link";
import { useTranslations } from "next-intl";

/** Upcoming / Past as links (`?tab=`): server-rendered, work without JavaScript. */
export function AppointmentTabs({ current }: { current: "upcoming" | "past" }) {
  const t = useTranslations("Appointments.tabs");
  const tabs = [
    { key: "upcoming", href: "/appointments", label: t("upcoming") },
    { key: "past", href: "/appointments?tab=past", label: t("past") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              id={`tab-${tab.key}`}
              href={tab.href}
              prefetch={false}
              aria-current={tab.key === current ? "page" : undefined}
              className="-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-4 text-sm font-semibold text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
