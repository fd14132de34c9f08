import type { ReactNode } from "react";
import {
  ClipboardList,
  FlaskConical,
  LayoutDashboard,
  LifeBuoy,
  Package,
  Pill,
  ShieldAlert,
  Siren,
  Stethoscope,
  Users,
} from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/shell/SubNav";

/**
 * Admin shell. This layout only draws navigation: it is NOT an access check. Every page and
 * action calls lib/admin, which answers forbidden to anyone but an admin (layouts are skipped on
 * client navigations and server actions are public endpoints).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("Admin");
  const items = [
    {
      href: "/admin",
      label: t("navOverview"),
      exact: true,
      icon: <LayoutDashboard aria-hidden="true" />,
    },
    { href: "/admin/doctors", label: t("navDoctors"), icon: <Stethoscope aria-hidden="true" /> },
    { href: "/admin/users", label: t("navUsers"), icon: <Users aria-hidden="true" /> },
    {
      href: "/admin/emergencies",
      label: t("navEmergencies"),
      icon: <Siren aria-hidden="true" />,
    },
    { href: "/admin/orders", label: t("navOrders"), icon: <Package aria-hidden="true" /> },
    {
      href: "/admin/lab-bookings",
      label: t("navLabBookings"),
      icon: <FlaskConical aria-hidden="true" />,
    },
    { href: "/admin/catalogue", label: t("navCatalogue"), icon: <Pill aria-hidden="true" /> },
    {
      href: "/admin/moderation",
      label: t("navModeration"),
      icon: <ShieldAlert aria-hidden="true" />,
    },
    { href: "/admin/support", label: t("navSupport"), icon: <LifeBuoy aria-hidden="true" /> },
    { href: "/admin/audit", label: t("navAudit"), icon: <ClipboardList aria-hidden="true" /> },
  ];
  return (
    <>
      <SubNav title={t("title")} label={t("nav")} items={items} />
      <div className="mx-auto w-full max-w-6xl px-4 py-6 md:py-8">{children}</div>
    </>
  );
}
