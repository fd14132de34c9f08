import type { ReactNode } from "react";
import { CalendarClock, CalendarDays, LayoutDashboard, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/shell/SubNav";

/**
 * Doctor dashboard shell. This layout only draws navigation: it is NOT an access check.
 * Authorization happens in the lib/<domain> functions each page and action calls (role doctor,
 * scoped to the doctor's own id), because layouts are skipped on client navigations and server
 * actions are public endpoints.
 */
export default async function DoctorLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("DoctorArea");
  const items = [
    {
      href: "/doctor",
      label: t("overview"),
      icon: <LayoutDashboard aria-hidden="true" />,
      exact: true,
    },
    {
      href: "/doctor/appointments",
      label: t("appointments"),
      icon: <CalendarDays aria-hidden="true" />,
    },
    {
      href: "/doctor/availability",
      label: t("availability"),
      icon: <CalendarClock aria-hidden="true" />,
    },
    { href: "/doctor/profile", label: t("profile"), icon: <UserRound aria-hidden="true" /> },
  ];
  return (
    <>
      <SubNav title={t("title")} label={t("nav")} items={items} />
      <div className="mx-auto w-full max-w-6xl px-4 py-6 md:py-8">{children}</div>
    </>
  );
}
