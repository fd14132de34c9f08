import type { Metadata } from "next";
import { ClipboardList } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { AuditList } from "@/components/admin/AuditList";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listAdminActions } from "@/lib/admin/queries";
import { listAdminActionsQuerySchema } from "@/lib/admin/schemas";
import { asAdmin } from "../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.audit");
  return { title: t("metaTitle") };
}

const hrefOf = (page: number) => (page > 1 ? `/admin/audit?page=${page}` : "/admin/audit");

/** Every admin action, newest first: who, what, target, when, why. */
export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { page: rawPage } = await searchParams;
  const parsed = listAdminActionsQuerySchema.safeParse({ page: rawPage, pageSize: 50 });
  const query = parsed.success ? parsed.data : listAdminActionsQuerySchema.parse({ pageSize: 50 });
  const page = await asAdmin(hrefOf(query.page), (actor) => listAdminActions(actor, query));
  if (!page) return <AdminOnly />;
  const t = await getTranslations("Admin.audit");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {page.data.length === 0 ? (
        <EmptyState icon={<ClipboardList aria-hidden="true" />} title={t("empty")} />
      ) : (
        <>
          <AuditList entries={page.data} />
          <Pagination
            page={page.meta.page}
            pageSize={page.meta.pageSize}
            total={page.meta.total}
            hrefFor={hrefOf}
          />
        </>
      )}
    </>
  );
}
