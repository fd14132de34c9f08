import type { ReactNode } from "react";
import { Flag, LayoutDashboard, Package, Siren, UserCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/shell/SubNav";

/**
 * Admin shell. This layout only draws navigation: it is NOT an access check. Every admin page and
 * action calls a lib/<domain> function that verifies the admin role itself, because layouts are
 * skipped on client navigations and server actions are public endpoints.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("AdminArea");
  const items = [
    {
      href: "/admin",
      label: t("overview"),
      exact: true,
      icon: <LayoutDashboard aria-hidden="true" />,
    },
    { href: "/admin/doctors", label: t("doctors"), icon: <UserCheck aria-hidden="true" /> },
    { href: "/admin/moderation", label: t("moderation"), icon: <Flag aria-hidden="true" /> },
    { href: "/admin/emergencies", label: t("emergencies"), icon: <Siren aria-hidden="true" /> },
    { href: "/admin/catalogue", label: t("catalogue"), icon: <Package aria-hidden="true" /> },
  ];
  return (
    <>
      <SubNav title={t("title")} label={t("nav")} items={items} />
      <div className="mx-auto w-full max-w-6xl px-4 py-6 md:py-8">{children}</div>
    </>
  );
}
