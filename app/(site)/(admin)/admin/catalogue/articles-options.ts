import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { SelectOption } from "@/components/ui/Select";
import {
  articleCategoryValues,
  articleLocaleValues,
  type ArticleChoiceDto,
} from "@/lib/articles/schemas";
import { specialties } from "@/lib/doctors/specialties";

/**
 * The article form's choices in the admin's language: languages, categories, specialties, and
 * the articles this one may translate (`selfId` left out), each labelled with its language.
 */
export async function articleFormOptions(choices: ArticleChoiceDto[], selfId?: string) {
  const [t, tCategory, locale] = await Promise.all([
    getTranslations("AdminCatalogue.articles"),
    getTranslations("ArticleCategory"),
    getLocale(),
  ]);
  const option = (value: string, label: string): SelectOption => ({ value, label });
  return {
    locales: articleLocaleValues.map((l) => option(l, t(`locales.${l}`))),
    categories: articleCategoryValues.map((c) => option(c, tCategory(c))),
    specialties: specialties.map((s) => option(s.key, locale === "hi" ? s.hi : s.en)),
    translations: choices
      .filter((c) => c.id !== selfId)
      .map((c) => option(c.id, `${t(`locales.${c.locale}`)}: ${c.title} (${c.slug})`)),
  };
}
