import type { Metadata } from "next";
import Link from "next/link";
import { Eye, FilePlus2, FileSearch, FolderHeart, History, Share2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { RecordCard } from "@/components/records/RecordCard";
import { RecordFilters, recordsHref } from "@/components/records/RecordFilters";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requireActor } from "@/lib/auth/session";
import { listHealthRecords } from "@/lib/health-records/queries";
import { listHealthRecordsQuerySchema } from "@/lib/health-records/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 20;
type Params = Record<string, string | string[] | undefined>;

/** Each filter read on its own, so one bad value (a typed-in year) does not drop the others. */
function queryOf(params: Params) {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const field = (key: "type" | "year" | "q" | "page") => {
    const parsed = listHealthRecordsQuerySchema.shape[key].safeParse(one(key) || undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return listHealthRecordsQuerySchema.parse({
    type: field("type"),
    year: field("year"),
    q: field("q"),
    page: field("page"),
    pageSize: PAGE_SIZE,
  });
}

/** My health records (#11): type chips, year and search as a GET form, cards, pages. */
export default async function RecordsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const query = queryOf(params);
  const filters = { type: query.type, year: query.year, q: query.q };
  const actor = await requireActor(recordsHref(filters, query.page));
  const [t, page] = await Promise.all([
    getTranslations("records"),
    listHealthRecords(actor, query, { door: "page" }),
  ]);
  const filtered = Boolean(query.type || query.year || query.q);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 30 }, (_, i) => thisYear - i);
  const add = (label: string) => (
    <Link href="/records/new" className={buttonClass("primary")}>
      <FilePlus2 aria-hidden="true" className="size-4" />
      {label}
    </Link>
  );

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <div className="mt-4 flex flex-wrap gap-3">{add(t("add"))}</div>
        <nav aria-label={t("links.label")} className="mt-3 flex flex-wrap gap-3">
          <Link href="/records/timeline" className={buttonClass("secondary")}>
            <History aria-hidden="true" className="size-4" />
            {t("links.timeline")}
          </Link>
          <Link href="/records/shares" className={buttonClass("secondary")}>
            <Share2 aria-hidden="true" className="size-4" />
            {t("links.shares")}
          </Link>
          <Link href="/records/access-log" className={buttonClass("secondary")}>
            <Eye aria-hidden="true" className="size-4" />
            {t("links.accessLog")}
          </Link>
        </nav>
      </PageHeader>
      {params.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {t("detail.deleted")}
        </Alert>
      ) : null}
      {page.meta.total === 0 && !filtered ? (
        <EmptyState
          icon={<FolderHeart aria-hidden="true" />}
          title={t("empty.title")}
          hint={t("empty.hint")}
          action={add(t("empty.action"))}
        />
      ) : (
        <>
          <RecordFilters filters={filters} years={years} />
          <section aria-labelledby="records-results" className="mt-4">
            <h2 id="records-results" className="sr-only" aria-live="polite">
              {t("filters.results", { count: page.meta.total })}
            </h2>
            {page.data.length === 0 ? (
              <EmptyState
                icon={<FileSearch aria-hidden="true" />}
                title={t("empty.filteredTitle")}
                hint={t("empty.filteredHint")}
              />
            ) : (
              <ul className="grid gap-4 md:grid-cols-2">
                {page.data.map((record) => (
                  <li key={record.id} className="min-w-0">
                    <RecordCard record={record} />
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={page.meta.page}
              pageSize={page.meta.pageSize}
              total={page.meta.total}
              hrefFor={(n) => recordsHref(filters, n)}
            />
          </section>
        </>
      )}
    </PageContainer>
  );
}
