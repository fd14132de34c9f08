import { sourceLinesText } from "@/lib/articles/policy";
import type { AdminArticleDto } from "@/lib/articles/schemas";

// The article form holds its values by input name as strings (checkboxes "on" or ""), so a failed
// submit can hand back exactly what was typed, with or without JavaScript.

/** The text inputs of the article form (`tags` comma-separated, `sources` one per line). */
export const articleTextFields = [
  "slug",
  "locale",
  "translationOf",
  "title",
  "excerpt",
  "body",
  "category",
  "tags",
  "authorName",
  "authorCredentials",
  "reviewerName",
  "reviewerCredentials",
  "reviewedAt",
  "sources",
  "specialty",
  "coverImageUrl",
] as const;

/** The checkboxes of the article form. */
export const articleBoxes = ["isFeatured", "published"] as const;

/** A new article's starting values: English, a draft. */
export const emptyArticleForm: Record<string, string> = {
  locale: "en",
  category: "wellness",
  translationOf: "",
  specialty: "",
};

/** An article as the form's values, for editing it. */
export function articleFormValuesOf(a: AdminArticleDto): Record<string, string> {
  return {
    slug: a.slug,
    locale: a.locale,
    translationOf: a.translationOf ?? "",
    title: a.title,
    excerpt: a.excerpt,
    body: a.body,
    category: a.category,
    tags: a.tags.join(", "),
    authorName: a.authorName ?? "",
    authorCredentials: a.authorCredentials ?? "",
    reviewerName: a.reviewerName ?? "",
    reviewerCredentials: a.reviewerCredentials ?? "",
    reviewedAt: a.reviewedAt ?? "",
    sources: sourceLinesText(a.sources),
    specialty: a.specialty ?? "",
    coverImageUrl: a.coverImageUrl ?? "",
    isFeatured: a.isFeatured ? "on" : "",
    published: a.published ? "on" : "",
  };
}
