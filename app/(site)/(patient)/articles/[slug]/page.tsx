import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  BookOpen,
  CalendarPlus,
  Languages,
  MessagesSquare,
  ShieldAlert,
  ShieldCheck,
} from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/articles/ArticleCard";
import { ArticleBody, ArticleTitle } from "@/components/articles/ArticleText";
import { CommentsSection } from "@/components/articles/CommentsSection";
import { articleNoticeOf, failedNotices } from "@/components/articles/return-path";
import { SaveToggle } from "@/components/articles/SaveToggle";
import { ShareBox } from "@/components/articles/ShareBox";
import { deleteCommentAction, postCommentAction, toggleSavedAction } from "../actions";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { PageContainer } from "@/components/ui/PageContainer";
import { forumCategoryOf } from "@/lib/articles/policy";
import {
  getArticle,
  isArticleSaved,
  listArticleComments,
  listRelatedArticles,
} from "@/lib/articles/queries";
import { configuredOrigin } from "@/lib/auth/request-context";
import { getActor } from "@/lib/auth/session";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { formatDate } from "@/lib/i18n/format";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ notice?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt } : {};
}

/**
 * A published health article (#24, public): who wrote and reviewed it, the body, sources, what to
 * do next (forum, booking), related reading, comments. Also the signed-out reader's cached copy
 * (app/cached/[locale]/article), so nothing here may depend on the request but the actor, which
 * reads as nobody there. Each open's view is counted by proxy.ts, not by this render.
 */
export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ slug }, { notice: rawNotice }] = await Promise.all([params, searchParams]);
  const article = await getArticle(slug);
  if (!article) notFound();
  const actor = await getActor();
  const [t, tCategory, locale, saved, related, comments] = await Promise.all([
    getTranslations("Article"),
    getTranslations("ArticleCategory"),
    getLocale(),
    isArticleSaved(actor, article.slug),
    listRelatedArticles(article),
    listArticleComments(actor, article.slug),
  ]);
  const notice = articleNoticeOf(rawNotice);
  const path = `/articles/${article.slug}`;
  return (
    <PageContainer>
      <article className="mx-auto max-w-3xl">
        <BackLink href="/articles" label={t("back")} />
        {notice ? (
          <Alert tone={failedNotices.includes(notice) ? "error" : "success"} className="mb-4">
            {t(`notice.${notice}`)}
          </Alert>
        ) : null}
        <header className="mb-6">
          <p className="inline-flex items-center gap-1.5 text-sm font-semibold tracking-wide text-brand-800 uppercase">
            <BookOpen aria-hidden="true" className="size-4" />
            {tCategory(article.category)}
          </p>
          <ArticleTitle article={article} />
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
          {article.reviewerName ? (
            <p className="mt-2 inline-flex items-start gap-1.5 text-sm font-medium text-emerald-800">
              <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {(() => {
                const name = article.reviewerCredentials
                  ? `${article.reviewerName}, ${article.reviewerCredentials}`
                  : article.reviewerName;
                return article.reviewedAt
                  ? t("reviewedBy", { name, date: formatDate(article.reviewedAt, locale) })
                  : t("reviewedByUndated", { name });
              })()}
            </p>
          ) : null}
          {article.translations.map((other) => (
            <p key={other.slug} className="mt-3">
              {/* Not prefetched: a prefetch would count as a view (lib/articles/view-request.ts). */}
              <Link
                href={`/articles/${other.slug}`}
                prefetch={false}
                hrefLang={other.locale}
                className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-800 underline underline-offset-2"
              >
                <Languages aria-hidden="true" className="size-4" />
                {t(`otherLanguage.${other.locale}`)}
              </Link>
            </p>
          ))}
          <div className="mt-4 flex flex-wrap items-start gap-3">
            {actor ? (
              <SaveToggle
                action={toggleSavedAction}
                slug={article.slug}
                saved={saved}
                returnTo={path}
                label={saved ? t("unsave") : t("save")}
                text={saved ? t("unsave") : t("save")}
                pendingText={saved ? t("unsave") : t("save")}
              />
            ) : (
              <Link
                href={`/login?callbackUrl=${encodeURIComponent(path)}`}
                className={buttonClass("secondary")}
              >
                {t("signInToSave")}
              </Link>
            )}
            <ShareBox url={`${configuredOrigin()}${path}`} title={article.title} />
          </div>
        </header>
        {article.coverImageUrl ? (
          // A local asset path (the editor refuses other hosts); the title says what it shows.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={article.coverImageUrl} alt="" className="mb-6 w-full rounded-xl object-cover" />
        ) : null}
        <ArticleBody article={article} sourcesTitle={t("sourcesTitle")} />
        <section
          aria-labelledby="next-title"
          className="mt-8 rounded-xl border border-brand-100 bg-brand-50 p-4"
        >
          <h2 id="next-title" className="text-lg font-semibold text-slate-900">
            {t("nextTitle")}
          </h2>
          <div className="mt-3 flex flex-wrap gap-3">
            <Link
              href={`/forum/new?category=${forumCategoryOf[article.category]}`}
              className={buttonClass("secondary")}
            >
              <MessagesSquare aria-hidden="true" className="size-4" />
              {t("askForum")}
            </Link>
            {article.specialty ? (
              <Link
                href={`/doctors?specialty=${article.specialty}`}
                className={buttonClass("primary")}
              >
                <CalendarPlus aria-hidden="true" className="size-4" />
                {t("book", { specialty: specialtyLabel(article.specialty, locale) })}
              </Link>
            ) : null}
          </div>
        </section>
        <div
          role="note"
          aria-label={t("disclaimerLabel")}
          className="mt-8 flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        >
          <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <p>{t("disclaimer")}</p>
        </div>
        {related.length > 0 ? (
          <section aria-labelledby="related-title" className="mt-10">
            <h2 id="related-title" className="text-xl font-semibold text-slate-900">
              {t("related")}
            </h2>
            <ul className="mt-3 grid gap-4 sm:grid-cols-3">
              {related.map((r) => (
                <li key={r.slug}>
                  <ArticleCard article={r} returnTo={path} headingLevel={3} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CommentsSection
          slug={article.slug}
          comments={comments}
          signedIn={actor !== null}
          postAction={postCommentAction}
          deleteAction={deleteCommentAction}
        />
      </article>
    </PageContainer>
  );
}
