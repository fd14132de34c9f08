import type { Metadata } from "next";
import Link from "next/link";
import { BookOpen, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { AdminArticleTable } from "@/components/articles/AdminArticleTable";
import { CatalogueFilters } from "@/components/catalogue/CatalogueFilters";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listAdminArticles } from "@/lib/articles/admin";
import { listAdminArticlesQuerySchema, type ListAdminArticlesQuery } from "@/lib/articles/schemas";
import { pageHref } from "@/lib/http/page-href";
import { asAdmin } from "../../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.articles");
  return { title: t("metaTitle") };
}

type Params = Record<"q" | "status" | "locale" | "page", string | string[] | undefined>;

const hrefOf = (q: ListAdminArticlesQuery, page = q.page) =>
  pageHref("/admin/catalogue/articles", { q: q.q, status: q.status, locale: q.locale, page });

/** Every article, draft or published, with search and filters (X5 articles). */
export default async function AdminArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const raw = await searchParams;
  // "" is what an untouched filter select sends: the same as no filter.
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ""));
  const parsed = listAdminArticlesQuerySchema.safeParse(given);
  const query = parsed.success ? parsed.data : listAdminArticlesQuerySchema.parse({});
  const page = await asAdmin(hrefOf(query), (actor) => listAdminArticles(actor, query));
  if (!page) return <AdminOnly />;
  const t = await getTranslations("AdminCatalogue");
  return (
    <>
      <BackLink href="/admin/catalogue" label={t("back")} />
      <PageHeader title={t("articles.title")} subtitle={t("articles.subtitle")}>
        <Link href="/admin/catalogue/articles/new" className={buttonClass("primary", "mt-4")}>
          <Plus aria-hidden="true" className="size-4" />
          {t("articles.add")}
        </Link>
      </PageHeader>
      <CatalogueFilters
        action="/admin/catalogue/articles"
        search={{ label: t("articles.search"), value: query.q ?? "" }}
        selects={[
          {
            name: "status",
            label: t("articles.status"),
            value: query.status ?? "",
            options: [
              { value: "", label: t("articles.statusAll") },
              { value: "published", label: t("articles.statusPublished") },
              { value: "draft", label: t("articles.statusDraft") },
            ],
          },
          {
            name: "locale",
            label: t("articles.locale"),
            value: query.locale ?? "",
            options: [
              { value: "", label: t("articles.localeAll") },
              { value: "en", label: t("articles.locales.en") },
              { value: "hi", label: t("articles.locales.hi") },
            ],
          },
        ]}
        submit={t("articles.filter")}
      />
      {page.data.length === 0 ? (
        <EmptyState icon={<BookOpen aria-hidden="true" />} title={t("articles.empty")} />
      ) : (
        <>
          <AdminArticleTable articles={page.data} />
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
