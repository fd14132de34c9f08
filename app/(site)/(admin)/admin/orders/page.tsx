import type { Metadata } from "next";
import { PackageOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { AdminOrderCard } from "@/components/pharmacy/AdminOrderCard";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { pageHref } from "@/lib/http/page-href";
import { listAdminMedicineOrders } from "@/lib/pharmacy/orders/admin-queries";
import {
  medicineOrderStatusValues as medicineOrderStatuses,
  type MedicineOrderDto,
} from "@/lib/pharmacy/orders/schemas";
import { asAdmin } from "../as-admin";
import { setOrderStatusAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminOrders");
  return { title: t("metaTitle") };
}

type MedicineOrderStatus = MedicineOrderDto["status"];

const hrefOf = (status: MedicineOrderStatus, page = 1) =>
  pageHref("/admin/orders", { status: status === "pending" ? undefined : status, page });

/** X5 orders: status tabs with counts, each order with its next step and Cancel (form posts). */
export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<"status" | "page" | "done", string | string[] | undefined>>;
}) {
  const { status: raw, page: rawPage, done } = await searchParams;
  const status = medicineOrderStatuses.find((s) => s === raw) ?? "pending";
  const page = typeof rawPage === "string" && /^\d{1,4}$/.test(rawPage) ? Number(rawPage) : 1;
  const queue = await asAdmin(hrefOf(status, page), (actor) =>
    listAdminMedicineOrders(actor, { status, page: Math.max(1, page), pageSize: 20 }),
  );
  if (!queue) return <AdminOnly />;
  const t = await getTranslations("AdminOrders");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {typeof done === "string" ? (
        <Alert tone="success" className="mb-4">
          {t("done", { number: done.slice(0, 40), status: t(`status.${status}`) })}
        </Alert>
      ) : null}
      <Tabs
        label={t("tabsLabel")}
        current={status}
        tabs={medicineOrderStatuses.map((key) => ({
          key,
          href: hrefOf(key),
          label: t("tab", { status: t(`status.${key}`), count: queue.counts[key] }),
        }))}
      />
      <section aria-label={t(`status.${status}`)} className="mt-4">
        {queue.page.data.length === 0 ? (
          <EmptyState icon={<PackageOpen aria-hidden="true" />} title={t("empty")} />
        ) : (
          <ul className="space-y-4">
            {queue.page.data.map((order) => (
              <li key={order.id}>
                <AdminOrderCard order={order} action={setOrderStatusAction} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={queue.page.meta.page}
          pageSize={queue.page.meta.pageSize}
          total={queue.page.meta.total}
          hrefFor={(n) => hrefOf(status, n)}
        />
      </section>
    </>
  );
}
