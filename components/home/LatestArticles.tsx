import Link from "next/link";
import { BookOpen } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ArticleSummaryDto } from "@/lib/articles/schemas";
import { formatDate } from "@/lib/i18n/format";
import { SectionEmpty, SectionError } from "./Section";

/**
 * Latest published articles in the current language (null: they could not be loaded); each title
 * links to its article page.
 */
export function LatestArticles({ articles }: { articles: ArticleSummaryDto[] | null }) {
  const t = useTranslations("Home");
  const tCategory = useTranslations("ArticleCategory");
  const locale = useLocale();
  if (articles === null) return <SectionError />;
  if (articles.length === 0) return <SectionEmpty>{t("articles.empty")}</SectionEmpty>;
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {articles.map((article) => (
        <li key={article.slug}>
          <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4">
            <p className="inline-flex items-center gap-1.5 text-xs font-semibold tracking-wide text-brand-800 uppercase">
              <BookOpen aria-hidden="true" className="size-3.5" />
              {tCategory(article.category)}
            </p>
            <h3 className="mt-2 line-clamp-2 font-semibold text-slate-900">
              {/* Not prefetched: a prefetch would count as a view (lib/articles/view-request.ts). */}
              <Link
                href={`/articles/${article.slug}`}
                prefetch={false}
                className="hover:text-brand-800 hover:underline focus-visible:underline"
              >
                {article.title}
              </Link>
            </h3>
            <p className="mt-1 line-clamp-3 text-sm text-slate-600">{article.excerpt}</p>
            <p className="mt-auto pt-3 text-xs text-slate-600">
              {article.authorName ? (
                <>{t("articles.by", { author: article.authorName })} · </>
              ) : null}
              {t("articles.readTime", { minutes: article.readTimeMinutes })} ·{" "}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
