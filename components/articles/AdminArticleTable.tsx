import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminArticleDto } from "@/lib/articles/schemas";
import { formatDate } from "@/lib/i18n/format";

const th = "px-3 py-2 text-left font-semibold text-slate-700";
const td = "px-3 py-2 align-top";

/** The admin's article list: title and slug, language, category, status, last edit; edit links. */
export async function AdminArticleTable({ articles }: { articles: AdminArticleDto[] }) {
  const [t, tCategory, locale] = await Promise.all([
    getTranslations("AdminCatalogue"),
    getTranslations("ArticleCategory"),
    getLocale(),
  ]);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{t("articles.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t("articles.titleCol")}
            </th>
            <th scope="col" className={th}>
              {t("articles.locale")}
            </th>
            <th scope="col" className={th}>
              {t("articles.category")}
            </th>
            <th scope="col" className={th}>
              {t("articles.state")}
            </th>
            <th scope="col" className={th}>
              {t("articles.updated")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("articles.edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {articles.map((a) => (
            <tr key={a.id}>
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                <span lang={a.locale}>{a.title}</span>
                <span className="block text-xs font-normal text-slate-600">{a.slug}</span>
              </th>
              <td className={td}>{t(`articles.locales.${a.locale}`)}</td>
              <td className={td}>{tCategory(a.category)}</td>
              <td className={td}>{a.published ? t("published") : t("articles.draft")}</td>
              <td className={td}>{formatDate(a.updatedAt, locale)}</td>
              <td className={td}>
                <Link
                  href={`/admin/catalogue/articles/${a.id}/edit`}
                  aria-label={t("articles.editLabel", { title: a.title })}
                  className="font-semibold text-brand-800 underline"
                >
                  {t("articles.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
