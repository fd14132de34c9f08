import type { Metadata } from "next";
import { FlaskConical } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { AdminLabCard } from "@/components/lab/AdminLabCard";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Tabs } from "@/components/ui/Tabs";
import { copyOf } from "@/lib/i18n/copy";
import { listAdminLabBookings } from "@/lib/lab/queries";
import { labBookingStatusValues } from "@/lib/lab/schemas";
import { asAdmin } from "../as-admin";
import { setLabStatusAction, uploadLabReportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminLab"))("metaTitle") };
}

const hrefOf = (status: string) =>
  status ? `/admin/lab-bookings?status=${status}` : "/admin/lab-bookings";

/** X5 lab desk: bookings by status tab, next-step buttons, cancel with a reason, report upload. */
export default async function AdminLabBookingsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string | string[]; done?: string | string[] }>;
}) {
  const { status: raw, done } = await searchParams;
  const status = labBookingStatusValues.find((s) => s === raw) ?? "";
  const page = await asAdmin(hrefOf(status), (actor) =>
    listAdminLabBookings(actor, { ...(status ? { status } : {}), pageSize: 100 }),
  );
  if (!page) return <AdminOnly />;
  const [t, copy] = await Promise.all([getTranslations("AdminLab"), copyOf("AdminLab")]);
  const doneStatus = labBookingStatusValues.find((s) => s === done);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {doneStatus ? (
        <Alert tone="success" className="mb-4">
          {t("done", { status: t(`status.${doneStatus}`) })}
        </Alert>
      ) : null}
      <Tabs
        label={t("tabsLabel")}
        current={status || "all"}
        tabs={[
          { key: "all", href: hrefOf(""), label: t("all") },
          ...labBookingStatusValues.map((s) => ({
            key: s,
            href: hrefOf(s),
            label: t(`status.${s}`),
          })),
        ]}
      />
      <section className="mt-4">
        {page.data.length === 0 ? (
          <EmptyState icon={<FlaskConical aria-hidden="true" />} title={t("empty")} />
        ) : (
          <ul className="space-y-4">
            {page.data.map((booking) => (
              <li key={booking.id}>
                <AdminLabCard
                  booking={booking}
                  tab={status}
                  copy={copy}
                  statusAction={setLabStatusAction}
                  uploadAction={uploadLabReportAction}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
