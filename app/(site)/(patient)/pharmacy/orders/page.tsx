import type { Metadata } from "next";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { OrderCard } from "@/components/pharmacy/OrderCard";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requireActor } from "@/lib/auth/session";
import { pageHref } from "@/lib/http/page-href";
import { listMedicineOrders } from "@/lib/pharmacy/orders/queries";
import { listMedicineOrdersQuerySchema } from "@/lib/pharmacy/orders/schemas";
import { reorderAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Orders");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 10;
const hrefOf = (page: number) => pageHref("/pharmacy/orders", { page });

/** My medicine orders (#18/#19), newest first, `?page=` walks the pages. */
export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { page: rawPage } = await searchParams;
  const parsed = listMedicineOrdersQuerySchema.safeParse({
    page: typeof rawPage === "string" ? rawPage : undefined,
    pageSize: PAGE_SIZE,
  });
  const query = parsed.success ? parsed.data : { pageSize: PAGE_SIZE };
  const actor = await requireActor(hrefOf(parsed.success ? parsed.data.page : 1));
  const [t, page] = await Promise.all([
    getTranslations("Orders"),
    listMedicineOrders(actor, query),
  ]);
  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {page.data.length === 0 ? (
        <EmptyState
          icon={<PackageOpen aria-hidden="true" />}
          title={t("empty.title")}
          hint={t("empty.hint")}
          action={
            <Link href="/pharmacy" className={buttonClass("primary")}>
              {t("empty.shop")}
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {page.data.map((order) => (
            <li key={order.id} className="min-w-0">
              <OrderCard order={order} reorderAction={reorderAction} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page.meta.page}
        pageSize={page.meta.pageSize}
        total={page.meta.total}
        hrefFor={hrefOf}
      />
    </PageContainer>
  );
}
