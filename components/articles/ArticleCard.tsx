import Link from "next/link";
import { BookOpen, Clock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/Card";
import type { ArticleSummaryDto } from "@/lib/articles/schemas";
import { SaveToggle } from "./SaveToggle";

/**
 * An article in a list: cover (or an icon block), category, title, excerpt, author, reading
 * time, and the save toggle when `saved` is given.
 */
export async function ArticleCard({
  article,
  saved,
  toggleAction,
  returnTo,
  headingLevel = 2,
}: {
  article: ArticleSummaryDto;
  saved?: boolean;
  /** The save toggle's action; no toggle without it. */
  toggleAction?: (form: FormData) => Promise<void>;
  returnTo: string;
  headingLevel?: 2 | 3;
}) {
  const [t, tArticle, tCategory] = await Promise.all([
    getTranslations("Articles"),
    getTranslations("Article"),
    getTranslations("ArticleCategory"),
  ]);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`${cardClass} flex h-full flex-col p-0`}>
      <div className="relative">
        {article.coverImageUrl ? (
          // A local asset path (the editor refuses other hosts); decorative beside the title.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={article.coverImageUrl}
            alt=""
            className="h-36 w-full rounded-t-xl object-cover"
          />
        ) : (
          <div
            aria-hidden="true"
            className="grid h-36 place-items-center rounded-t-xl bg-gradient-to-br from-brand-50 to-brand-100 text-brand-700"
          >
            <BookOpen className="size-10" />
          </div>
        )}
        {saved === undefined || !toggleAction ? null : (
          <div className="absolute top-2 right-2">
            <SaveToggle
              action={toggleAction}
              slug={article.slug}
              saved={saved}
              returnTo={returnTo}
              label={
                saved
                  ? t("unsaveLabel", { title: article.title })
                  : t("saveLabel", { title: article.title })
              }
              text={saved ? t("unsave") : t("save")}
              pendingText={saved ? t("unsave") : t("save")}
              compact
            />
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col p-4">
        <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">
          {tCategory(article.category)}
        </p>
        <Heading lang={article.locale} className="mt-1 text-lg font-semibold text-slate-900">
          {/* Not prefetched: the proxy cannot tell a prefetch from an open (Next strips its
              headers), so a prefetch would count as a view (lib/articles/view-request.ts). */}
          <Link href={`/articles/${article.slug}`} prefetch={false} className="hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p lang={article.locale} className="mt-1 line-clamp-3 text-sm text-slate-700">
          {article.excerpt}
        </p>
        <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-3 text-xs text-slate-600">
          {article.authorName ? (
            <span>{tArticle("by", { author: article.authorName })}</span>
          ) : null}
          <span className="inline-flex items-center gap-1">
            <Clock aria-hidden="true" className="size-3.5" />
            {tArticle("readTime", { minutes: article.readTimeMinutes })}
          </span>
        </p>
      </div>
    </article>
  );
}
