import type { Metadata } from "next";
import { Inbox } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { Alert } from "@/components/ui/Alert";
import { ApplicationCard } from "@/components/admin/ApplicationCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { getAdminOverview, listDoctorApplications } from "@/lib/admin/queries";
import { listDoctorApplicationsQuerySchema } from "@/lib/admin/schemas";
import { rejectDoctorAction, verifyDoctorAction } from "../actions";
import { asAdmin } from "../as-admin";
import { pageHref } from "@/lib/http/page-href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.doctors");
  return { title: t("metaTitle") };
}

const statuses = ["pending", "verified", "rejected"] as const;
// The queue an admin works through shows more at once; the archives page as lists do.
const pageSizeOf = (status: Status) => (status === "pending" ? 50 : 20);
type Status = (typeof statuses)[number];

const hrefOf = (status: Status, page = 1) =>
  pageHref("/admin/doctors", { status: status === "pending" ? undefined : status, page });

/** X2: applications by status (pending first), with documents, Verify and Reject-with-reason. */
export default async function AdminDoctorsPage({
  searchParams,
}: {
  searchParams: Promise<{
    status?: string | string[];
    page?: string | string[];
    done?: string | string[];
  }>;
}) {
  const { status: raw, page: rawPage, done } = await searchParams;
  const status: Status = statuses.find((s) => s === raw) ?? "pending";
  const pageSize = pageSizeOf(status);
  const parsed = listDoctorApplicationsQuerySchema.safeParse({ status, page: rawPage, pageSize });
  const query = parsed.success
    ? parsed.data
    : listDoctorApplicationsQuerySchema.parse({ status, pageSize });
  const loaded = await asAdmin(hrefOf(status, query.page), (actor) =>
    Promise.all([listDoctorApplications(actor, query), getAdminOverview(actor)]),
  );
  if (!loaded) return <AdminOnly />;
  const [page, overview] = loaded;
  const t = await getTranslations("Admin.doctors");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {done === "verified" || done === "rejected" ? (
        <Alert tone="success" className="mb-4">
          {t(done)}
        </Alert>
      ) : null}
      <Tabs
        label={t("tabsLabel")}
        current={status}
        tabs={statuses.map((key) => ({
          key,
          href: hrefOf(key),
          label: `${t(`tabs.${key}`)} (${overview.doctors[key]})`,
        }))}
      />
      <section aria-label={t(`tabs.${status}`)} className="mt-4">
        {page.data.length === 0 ? (
          <EmptyState icon={<Inbox aria-hidden="true" />} title={t(`empty.${status}`)} />
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {page.data.map((application) => (
                <li key={application.id} className="min-w-0">
                  <ApplicationCard
                    application={application}
                    verifyAction={verifyDoctorAction}
                    rejectAction={rejectDoctorAction}
                  />
                </li>
              ))}
            </ul>
            <Pagination
              page={page.meta.page}
              pageSize={page.meta.pageSize}
              total={page.meta.total}
              hrefFor={(n) => hrefOf(status, n)}
            />
          </>
        )}
      </section>
    </>
  );
}
