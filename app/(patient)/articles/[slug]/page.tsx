import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookOpen, Languages, ShieldAlert } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/Markdown";
import { PageContainer } from "@/components/ui/PageContainer";
import { getArticle } from "@/lib/articles/queries";
import { formatDate } from "@/lib/i18n/format";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt } : {};
}

/** A published health article (public): who wrote it, when, the body, the disclaimer. */
export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const [t, tCategory, locale] = await Promise.all([
    getTranslations("Article"),
    getTranslations("ArticleCategory"),
    getLocale(),
  ]);
  return (
    <PageContainer>
      <article className="mx-auto max-w-3xl">
        <header className="mb-6">
          <p className="inline-flex items-center gap-1.5 text-sm font-semibold tracking-wide text-brand-800 uppercase">
            <BookOpen aria-hidden="true" className="size-4" />
            {tCategory(article.category)}
          </p>
          <h1
            lang={article.locale}
            className="mt-2 text-3xl font-bold tracking-tight text-slate-900"
          >
            {article.title}
          </h1>
          <p lang={article.locale} className="mt-2 text-lg text-slate-700">
            {article.excerpt}
          </p>
          <p className="mt-3 text-sm text-slate-700">
            {article.authorName ? (
              <>
                {t("by", { author: article.authorName })}
                {article.authorCredentials ? `, ${article.authorCredentials}` : null} ·{" "}
              </>
            ) : null}
            {t("readTime", { minutes: article.readTimeMinutes })} · {t("published")}{" "}
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
          </p>
          {article.translations.map((other) => (
            <p key={other.slug} className="mt-3">
              <Link
                href={`/articles/${other.slug}`}
                hrefLang={other.locale}
                className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-800 underline underline-offset-2"
              >
                <Languages aria-hidden="true" className="size-4" />
                {t(`otherLanguage.${other.locale}`)}
              </Link>
            </p>
          ))}
        </header>
        <div lang={article.locale}>
          <Markdown
            headingOffset={0}
            minLevel={2}
            className="space-y-4 text-base break-words text-slate-800"
          >
            {article.body}
          </Markdown>
        </div>
        <div
          role="note"
          aria-label={t("disclaimerLabel")}
          className="mt-8 flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        >
          <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <p>{t("disclaimer")}</p>
        </div>
      </article>
    </PageContainer>
  );
}
