import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { articleFormValuesOf } from "@/components/articles/admin-form-values";
import { ArticleForm } from "@/components/articles/ArticleForm";
import { ArticleBody } from "@/components/articles/ArticleText";
import { FormSection } from "@/components/catalogue/FormSection";
import { PublishToggle } from "@/components/catalogue/PublishToggle";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAdminArticle, listArticleChoices } from "@/lib/articles/admin";
import { isAppError } from "@/lib/errors";
import { copyOf } from "@/lib/i18n/copy";
import { asAdmin } from "../../../../as-admin";
import { setArticlePublishedAction, updateArticleAction } from "../../../articles-actions";
import { articleFormOptions } from "../../../articles-options";
import { doneMessageKey } from "../../../done";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.articles");
  return { title: t("editMetaTitle") };
}

/** Edit one article: the publish toggle, the form, and a preview of the saved body (X5). */
export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const loaded = await asAdmin(`/admin/catalogue/articles/${id}/edit`, (actor) =>
    Promise.all([
      getAdminArticle(actor, id).catch((error: unknown) => {
        if (isAppError(error) && error.code === "not_found") notFound();
        throw error;
      }),
      listArticleChoices(actor),
    ]),
  );
  if (!loaded) return <AdminOnly />;
  const [article, choices] = loaded;
  const [t, tArticle, copy, options] = await Promise.all([
    getTranslations("AdminCatalogue"),
    getTranslations("Article"),
    copyOf("AdminCatalogue"),
    articleFormOptions(choices, article.id),
  ]);
  const doneKey = doneMessageKey(done, "articles.created");
  const publishKey =
    doneKey === "publish.nowPublished"
      ? "articles.publish.nowPublished"
      : doneKey === "publish.nowHidden"
        ? "articles.publish.nowHidden"
        : doneKey;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href="/admin/catalogue/articles" label={t("articles.title")} />
        <PageHeader title={article.title} subtitle={article.slug} />
        {publishKey ? <Alert tone="success">{t(publishKey)}</Alert> : null}
        {article.published ? (
          <p className="mt-2">
            {/* Not prefetched: a prefetch would count as a view (see lib/articles/view-request.ts). */}
            <Link
              href={`/articles/${article.slug}`}
              prefetch={false}
              className="text-sm font-semibold text-brand-800 underline"
            >
              {t("articles.viewPublished")}
            </Link>
          </p>
        ) : null}
      </div>
      <PublishToggle
        action={setArticlePublishedAction}
        id={article.id}
        isActive={article.published}
        copy={copy.articles.publish}
      />
      <ArticleForm
        action={updateArticleAction}
        initial={articleFormValuesOf(article)}
        id={article.id}
        options={options}
        copy={copy.articleForm}
      />
      <FormSection id="preview" title={t("articles.preview")}>
        <ArticleBody article={article} sourcesTitle={tArticle("sourcesTitle")} />
      </FormSection>
    </div>
  );
}
