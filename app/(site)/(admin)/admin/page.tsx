import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAdminOverview } from "@/lib/admin/queries";
import { asAdmin } from "./as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.overview");
  return { title: t("metaTitle") };
}

/** X1: what waits for the admin, counted from the tables, each card linking to its queue. */
export default async function AdminOverviewPage() {
  const overview = await asAdmin("/admin", getAdminOverview);
  if (!overview) return <AdminOnly />;
  const t = await getTranslations("Admin.overview");
  const cards: { label: string; value: number; note?: string; href?: string }[] = [
    {
      label: t("doctorsPending"),
      value: overview.doctors.pending,
      href: "/admin/doctors",
    },
    {
      label: t("users"),
      value: overview.users,
      note: t("suspended", { count: overview.suspendedUsers }),
      href: "/admin/users",
    },
    {
      label: t("doctorsVerified"),
      value: overview.doctors.verified,
      href: "/admin/doctors?status=verified",
    },
    {
      label: t("doctorsRejected"),
      value: overview.doctors.rejected,
      href: "/admin/doctors?status=rejected",
    },
    {
      label: t("facilities"),
      value: overview.facilitiesAwaitingVerification,
      note: t("facilitiesHint"),
    },
    {
      label: t("emergencies"),
      value: overview.activeEmergencies,
      note: t("emergenciesHint"),
      href: "/admin/emergencies",
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <li key={card.label}>
            <Card className="h-full">
              <p className="text-sm font-medium text-slate-600">{card.label}</p>
              <p className="mt-1 text-3xl font-bold text-slate-900">{card.value}</p>
              {card.note ? <p className="mt-1 text-sm text-slate-600">{card.note}</p> : null}
              {card.href ? (
                <Link
                  href={card.href}
                  aria-label={`${t("open")}: ${card.label}`}
                  className="mt-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 hover:underline"
                >
                  {t("open")}
                </Link>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
