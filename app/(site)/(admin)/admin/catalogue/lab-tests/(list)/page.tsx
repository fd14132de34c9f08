import type { Metadata } from "next";
import Link from "next/link";
import { FlaskConical, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { CatalogueFilters } from "@/components/catalogue/CatalogueFilters";
import { LabTestTable } from "@/components/catalogue/LabTestTable";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listAdminLabTests } from "@/lib/catalogue/queries";
import { listAdminLabTestsQuerySchema, type ListAdminLabTestsQuery } from "@/lib/catalogue/schemas";
import { pageHref } from "@/lib/http/page-href";
import { asAdmin } from "../../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.labTests");
  return { title: t("metaTitle") };
}

type Params = Record<"q" | "status" | "kind" | "page", string | string[] | undefined>;

const hrefOf = (q: ListAdminLabTestsQuery, page = q.page) =>
  pageHref("/admin/catalogue/lab-tests", { q: q.q, status: q.status, kind: q.kind, page });

/** Every lab test and package, published or hidden, with search and filters (X5). */
export default async function AdminLabTestsPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const raw = await searchParams;
  // "" is what an untouched filter select sends: the same as no filter.
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const parsed = listAdminLabTestsQuerySchema.safeParse(given);
  const query = parsed.success ? parsed.data : listAdminLabTestsQuerySchema.parse({});
  const page = await asAdmin(hrefOf(query), (actor) => listAdminLabTests(actor, query));
  if (!page) return <AdminOnly />;
  const t = await getTranslations("AdminCatalogue");
  return (
    <>
      <BackLink href="/admin/catalogue" label={t("back")} />
      <PageHeader title={t("labTests.title")} subtitle={t("labTests.subtitle")}>
        <Link href="/admin/catalogue/lab-tests/new" className={buttonClass("primary", "mt-4")}>
          <Plus aria-hidden="true" className="size-4" />
          {t("labTests.add")}
        </Link>
      </PageHeader>
      <CatalogueFilters
        action="/admin/catalogue/lab-tests"
        search={{ label: t("labTests.search"), value: query.q ?? "" }}
        selects={[
          {
            name: "status",
            label: t("labTests.status"),
            value: query.status ?? "",
            options: [
              { value: "", label: t("labTests.statusAll") },
              { value: "active", label: t("labTests.statusActive") },
              { value: "inactive", label: t("labTests.statusInactive") },
            ],
          },
          {
            name: "kind",
            label: t("labTests.kind"),
            value: query.kind ?? "",
            options: [
              { value: "", label: t("labTests.kindAll") },
              { value: "test", label: t("labTests.kindTest") },
              { value: "package", label: t("labTests.kindPackage") },
            ],
          },
        ]}
        submit={t("labTests.filter")}
      />
      {page.data.length === 0 ? (
        <EmptyState icon={<FlaskConical aria-hidden="true" />} title={t("labTests.empty")} />
      ) : (
        <>
          <LabTestTable tests={page.data} />
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
