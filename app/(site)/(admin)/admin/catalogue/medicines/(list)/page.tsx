import type { Metadata } from "next";
import Link from "next/link";
import { Pill, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { CatalogueFilters } from "@/components/catalogue/CatalogueFilters";
import { MedicineTable } from "@/components/catalogue/MedicineTable";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listAdminMedicines } from "@/lib/catalogue/queries";
import {
  listAdminMedicinesQuerySchema,
  type ListAdminMedicinesQuery,
} from "@/lib/catalogue/schemas";
import { pageHref } from "@/lib/http/page-href";
import { asAdmin } from "../../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.medicines");
  return { title: t("metaTitle") };
}

type Params = Record<"q" | "status" | "rx" | "lowStock" | "page", string | string[] | undefined>;

const hrefOf = (q: ListAdminMedicinesQuery, page = q.page) =>
  pageHref("/admin/catalogue/medicines", {
    q: q.q,
    status: q.status,
    rx: q.rx === undefined ? undefined : String(q.rx),
    lowStock: q.lowStock ? "true" : undefined,
    page,
  });

/** Every medicine, published or hidden, with search and filters (X5). */
export default async function AdminMedicinesPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const raw = await searchParams;
  // "" is what an untouched filter select sends: the same as no filter.
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const parsed = listAdminMedicinesQuerySchema.safeParse(given);
  const query = parsed.success ? parsed.data : listAdminMedicinesQuerySchema.parse({});
  const page = await asAdmin(hrefOf(query), (actor) => listAdminMedicines(actor, query));
  if (!page) return <AdminOnly />;
  const t = await getTranslations("AdminCatalogue");
  return (
    <>
      <BackLink href="/admin/catalogue" label={t("back")} />
      <PageHeader title={t("medicines.title")} subtitle={t("medicines.subtitle")}>
        <Link href="/admin/catalogue/medicines/new" className={buttonClass("primary", "mt-4")}>
          <Plus aria-hidden="true" className="size-4" />
          {t("medicines.add")}
        </Link>
      </PageHeader>
      <CatalogueFilters
        action="/admin/catalogue/medicines"
        search={{ label: t("medicines.search"), value: query.q ?? "" }}
        selects={[
          {
            name: "status",
            label: t("medicines.status"),
            value: query.status ?? "",
            options: [
              { value: "", label: t("medicines.statusAll") },
              { value: "active", label: t("medicines.statusActive") },
              { value: "inactive", label: t("medicines.statusInactive") },
            ],
          },
          {
            name: "rx",
            label: t("medicines.rx"),
            value: query.rx === undefined ? "" : String(query.rx),
            options: [
              { value: "", label: t("medicines.rxAll") },
              { value: "true", label: t("medicines.rxYes") },
              { value: "false", label: t("medicines.rxNo") },
            ],
          },
        ]}
        checkbox={{ name: "lowStock", label: t("medicines.lowStock"), checked: !!query.lowStock }}
        submit={t("medicines.filter")}
      />
      {page.data.length === 0 ? (
        <EmptyState icon={<Pill aria-hidden="true" />} title={t("medicines.empty")} />
      ) : (
        <>
          <MedicineTable medicines={page.data} />
          <Pagination
            page={page.meta.page}
            pageSize={page.meta.pageSize}
            total={page.meta.total}
            hrefFor={(n) => hrefOf(query, n)}
          />
        </>
      )}
    </>
  );
}
