import type { Metadata } from "next";
import Link from "next/link";
import { Bookmark, BookOpen, Search } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/articles/ArticleCard";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listArticles, listSavedArticles } from "@/lib/articles/queries";
import {
  articleCategoryValues,
  listArticlesQuerySchema,
  type ListArticlesQuery,
} from "@/lib/articles/schemas";
import { getActor } from "@/lib/auth/session";
import { pageHref } from "@/lib/http/page-href";
import { toggleSavedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Articles");
  return { title: t("metaTitle"), description: t("subtitle") };
}

type Params = Record<string, string | string[] | undefined>;

const hrefOf = (q: ListArticlesQuery, page = q.page) =>
  pageHref("/articles", { q: q.q, category: q.category, locale: q.locale, page });

/**
 * Health articles (#23, public): search, category chips, the count, cards with a save toggle, and
 * pages; in the reader's language (Hindi readers get the Hindi articles) unless `?locale=`.
 */
export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = await searchParams;
  const given = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => typeof v === "string" && v !== "" && k !== "notice"),
  );
  const parsed = listArticlesQuerySchema.safeParse({ ...given, pageSize: 12 });
  const query = parsed.success ? parsed.data : listArticlesQuerySchema.parse({ pageSize: 12 });
  const [actor, appLocale, t, tCategory] = await Promise.all([
    getActor(),
    getLocale(),
    getTranslations("Articles"),
    getTranslations("ArticleCategory"),
  ]);
  const locale = query.locale ?? appLocale;
  const [page, saved] = await Promise.all([
    listArticles(actor, { ...query, locale }),
    actor ? listSavedArticles(actor, { page: 1, pageSize: 1 }) : null,
  ]);
  const here = hrefOf(query);
  const chip = (active: boolean) =>
    `inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${
      active
        ? "border-brand-700 bg-brand-700 text-white"
        : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
    }`;
  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        {saved && saved.meta.total > 0 ? (
          <Link href="/articles/saved" className={buttonClass("secondary", "mt-4")}>
            <Bookmark aria-hidden="true" className="size-4" />
            {t("savedLink", { count: saved.meta.total })}
          </Link>
        ) : null}
      </PageHeader>
      <form
        role="search"
        method="get"
        action="/articles"
        className="flex flex-wrap items-end gap-3"
      >
        {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
        {query.locale ? <input type="hidden" name="locale" value={query.locale} /> : null}
        <Field id="articles-q" label={t("searchLabel")} className="min-w-0 flex-1">
          {(control) => (
            <Input
              {...control}
              name="q"
              type="search"
              defaultValue={query.q}
              placeholder={t("searchPlaceholder")}
              maxLength={100}
            />
          )}
        </Field>
        <button type="submit" className={buttonClass("primary")}>
          <Search aria-hidden="true" className="size-4" />
          {t("searchSubmit")}
        </button>
      </form>
      <nav aria-label={t("categoriesLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={hrefOf({ ...query, category: undefined }, 1)}
              aria-current={query.category ? undefined : "page"}
              className={chip(!query.category)}
            >
              {t("all")}
            </Link>
          </li>
          {articleCategoryValues.map((c) => (
            <li key={c}>
              <Link
                href={hrefOf({ ...query, category: c }, 1)}
                aria-current={query.category === c ? "page" : undefined}
                className={chip(query.category === c)}
              >
                {tCategory(c)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-slate-700">
        {query.q
          ? t("countFor", { count: page.meta.total, q: query.q })
          : t("count", { count: page.meta.total })}
      </p>
      {page.data.length === 0 ? (
        <div className="mt-4">
          <EmptyState
            icon={<BookOpen aria-hidden="true" />}
            title={t("empty")}
            hint={t("emptyHint")}
            action={
              <Link href="/articles" className={buttonClass("secondary")}>
                {t("showAll")}
              </Link>
            }
          />
        </div>
      ) : (
        <>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.data.map((article) => (
              <li key={article.slug}>
                <ArticleCard
                  article={article}
                  saved={article.saved}
                  toggleAction={toggleSavedAction}
                  returnTo={here}
                />
              </li>
            ))}
          </ul>
          <Pagination
            page={page.meta.page}
            pageSize={page.meta.pageSize}
            total={page.meta.total}
            hrefFor={(n) => hrefOf(query, n)}
          />
        </>
      )}
    </PageContainer>
  );
}
