import { CalendarCheck, FileText, House, Stethoscope, ClipboardPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { NavLinks } from "./NavLinks";

const iconClass = "size-5";

/**
 * Tab bar for phones (hidden from md up, where the header nav takes over). The profile is the
 * header's "My account" button, which phones show too.
 */
export function BottomNav() {
  const t = useTranslations("Shell.bottomNav");
  const tRecords = useTranslations("records");
  const items = [
    {
      href: "/",
      label: t("home"),
      exact: true,
      icon: <House aria-hidden="true" className={iconClass} />,
    },
    {
      href: "/doctors",
      label: t("doctors"),
      icon: <Stethoscope aria-hidden="true" className={iconClass} />,
    },
    {
      href: "/symptom-checker",
      label: t("check"),
      icon: <ClipboardPlus aria-hidden="true" className={iconClass} />,
    },
    {
      href: "/appointments",
      label: t("bookings"),
      icon: <CalendarCheck aria-hidden="true" className={iconClass} />,
    },
    {
      href: "/records",
      label: tRecords("navLabel"),
      icon: <FileText aria-hidden="true" className={iconClass} />,
    },
  ];
  return (
    <nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <NavLinks
        items={items}
        className="grid grid-cols-5"
        linkClassName="flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium text-slate-600 aria-[current=page]:text-brand-700 aria-[current=page]:[&>svg]:stroke-[2.5]"
      />
    </nav>
  );
}
