import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { emptyArticleForm } from "@/components/articles/admin-form-values";
import { ArticleForm } from "@/components/articles/ArticleForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { listArticleChoices } from "@/lib/articles/admin";
import { copyOf } from "@/lib/i18n/copy";
import { asAdmin } from "../../../as-admin";
import { createArticleAction } from "../../articles-actions";
import { articleFormOptions } from "../../articles-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.articles");
  return { title: t("newMetaTitle") };
}

/** Write an article, in English or Hindi, optionally as the translation of another (X5). */
export default async function NewArticlePage() {
  const choices = await asAdmin("/admin/catalogue/articles/new", listArticleChoices);
  if (!choices) return <AdminOnly />;
  const [t, copy, options] = await Promise.all([
    getTranslations("AdminCatalogue"),
    copyOf("AdminCatalogue"),
    articleFormOptions(choices),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/admin/catalogue/articles" label={t("articles.title")} />
      <PageHeader title={t("articles.newTitle")} />
      <ArticleForm
        action={createArticleAction}
        initial={emptyArticleForm}
        options={options}
        copy={copy.articleForm}
      />
    </div>
  );
}
