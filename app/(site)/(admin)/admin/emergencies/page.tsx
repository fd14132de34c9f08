import type { Metadata } from "next";
import { Siren } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { AdminEmergencyCard } from "@/components/emergency/AdminEmergencyCard";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Tabs } from "@/components/ui/Tabs";
import { listEmergencies } from "@/lib/emergency/queries";
import { emergencyStatusValues } from "@/lib/emergency/schemas";
import { asAdmin } from "../as-admin";
import { updateEmergencyStatusAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminEmergencies");
  return { title: t("metaTitle") };
}

const tabs = ["active", "closed"] as const;
type Tab = (typeof tabs)[number];
const hrefOf = (tab: Tab) =>
  tab === "active" ? "/admin/emergencies" : "/admin/emergencies?status=closed";

/** X4: active requests (longest waiting first) with their next moves; a Closed tab. */
export default async function AdminEmergenciesPage({
  searchParams,
}: {
  searchParams: Promise<{
    status?: string | string[];
    done?: string | string[];
    number?: string | string[];
  }>;
}) {
  const { status: raw, done, number } = await searchParams;
  const status: Tab = tabs.find((s) => s === raw) ?? "active";
  const list = await asAdmin(hrefOf(status), (actor) => listEmergencies(actor, { status }));
  if (!list) return <AdminOnly />;
  const [t, ts] = await Promise.all([
    getTranslations("AdminEmergencies"),
    getTranslations("Emergency.status"),
  ]);
  const doneStatus = emergencyStatusValues.find((s) => s === done);
  // eslint-disable-next-line react-hooks/purity -- a server render: "how long ago" is as of now
  const now = Date.now();
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {doneStatus && typeof number === "string" ? (
        <Alert tone="success" className="mb-4">
          {t("done", { number: number.slice(0, 40), status: ts(`statuses.${doneStatus}`) })}
        </Alert>
      ) : null}
      <Tabs
        label={t("tabsLabel")}
        current={status}
        tabs={tabs.map((key) => ({ key, href: hrefOf(key), label: t(`tabs.${key}`) }))}
      />
      <section aria-label={t(`tabs.${status}`)} className="mt-4">
        {list.length === 0 ? (
          <EmptyState icon={<Siren aria-hidden="true" />} title={t(`empty.${status}`)} />
        ) : (
          <ul className="space-y-4">
            {list.map((e) => (
              <li key={e.id}>
                <AdminEmergencyCard emergency={e} action={updateEmergencyStatusAction} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
