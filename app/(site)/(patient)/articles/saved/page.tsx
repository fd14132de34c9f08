import type { Metadata } from "next";
import Link from "next/link";
import { Bookmark, BookOpen, Trash2 } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { articleNoticeOf, failedNotices } from "@/components/articles/return-path";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { paginationSchema } from "@/lib/api/pagination";
import { listSavedArticles } from "@/lib/articles/queries";
import { requireActor } from "@/lib/auth/session";
import { pageHref } from "@/lib/http/page-href";
import { formatDate } from "@/lib/i18n/format";
import { toggleSavedAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Articles.saved");
  return { title: t("metaTitle") };
}

type Params = { page?: string | string[]; notice?: string | string[] };

/** My saved articles (#25, signed in): each links to the article and can be removed. */
export default async function SavedArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const raw = await searchParams;
  const parsed = paginationSchema.safeParse({ page: raw.page, pageSize: 20 });
  const { page: pageNo, pageSize } = parsed.success ? parsed.data : { page: 1, pageSize: 20 };
  const here = pageHref("/articles/saved", { page: pageNo });
  const actor = await requireActor(here);
  const [page, t, tArticle, tCategory, locale] = await Promise.all([
    listSavedArticles(actor, { page: pageNo, pageSize }),
    getTranslations("Articles.saved"),
    getTranslations("Article"),
    getTranslations("ArticleCategory"),
    getLocale(),
  ]);
  const notice = articleNoticeOf(raw.notice);
  return (
    <PageContainer>
      <BackLink href="/articles" label={tArticle("back")} />
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {notice ? (
        <Alert tone={failedNotices.includes(notice) ? "error" : "success"} className="mb-4">
          {notice === "unsaved" ? t("removed") : tArticle(`notice.${notice}`)}
        </Alert>
      ) : null}
      {page.data.length === 0 ? (
        <EmptyState
          icon={<Bookmark aria-hidden="true" />}
          title={t("empty")}
          hint={t("emptyHint")}
          action={
            <Link href="/articles" className={buttonClass("primary")}>
              <BookOpen aria-hidden="true" className="size-4" />
              {t("browse")}
            </Link>
          }
        />
      ) : (
        <>
          <ul className="space-y-3">
            {page.data.map((a) => (
              <li key={a.slug} className={`${cardClass} flex flex-wrap items-start gap-4`}>
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">
                    {tCategory(a.category)}
                  </p>
                  <h2 lang={a.locale} className="mt-1 text-lg font-semibold text-slate-900">
                    {/* Not prefetched: a prefetch would count as a view. */}
                    <Link href={`/articles/${a.slug}`} prefetch={false} className="hover:underline">
                      {a.title}
                    </Link>
                  </h2>
                  <p lang={a.locale} className="mt-1 line-clamp-2 text-sm text-slate-700">
                    {a.excerpt}
                  </p>
                  <p className="mt-2 text-xs text-slate-600">
                    <time dateTime={a.savedAt}>
                      {t("savedOn", { date: formatDate(a.savedAt, locale) })}
                    </time>{" "}
                    · {tArticle("readTime", { minutes: a.readTimeMinutes })}
                  </p>
                </div>
                <form action={toggleSavedAction}>
                  <input type="hidden" name="slug" value={a.slug} />
                  <input type="hidden" name="intent" value="unsave" />
                  <input type="hidden" name="returnTo" value={here} />
                  <SubmitButton variant="secondary" pendingText={t("removing")}>
                    <Trash2 aria-hidden="true" className="size-4" />
                    <span aria-hidden="true">{t("remove")}</span>
                    <span className="sr-only">{t("removeLabel", { title: a.title })}</span>
                  </SubmitButton>
                </form>
              </li>
            ))}
          </ul>
          <Pagination
            page={page.meta.page}
            pageSize={page.meta.pageSize}
            total={page.meta.total}
            hrefFor={(n) => pageHref("/articles/saved", { page: n })}
          />
        </>
      )}
    </PageContainer>
  );
}
