import { z } from "zod";
import type {
  ArticleCategory as DbArticleCategory,
  ArticleLocale as DbArticleLocale,
} from "@/db/schema/articles";
import { sameAs, type Same } from "@/lib/validation/enums";

export const articleLocaleValues = ["en", "hi"] as const;
sameAs<Same<(typeof articleLocaleValues)[number], DbArticleLocale>>(true);
export const articleCategoryValues = [
  "nutrition",
  "fitness",
  "mental_health",
  "wellness",
  "diseases",
  "lifestyle",
  "women_health",
  "child_health",
  "senior_care",
  "preventive_care",
] as const;
sameAs<Same<(typeof articleCategoryValues)[number], DbArticleCategory>>(true);

/** An article as listed (cards on home and /articles): no body. */
export const articleSummarySchema = z.object({
  slug: z.string(),
  locale: z.enum(articleLocaleValues),
  title: z.string(),
  excerpt: z.string(),
  category: z.enum(articleCategoryValues),
  readTimeMinutes: z.number().int(),
  authorName: z.string().nullable(),
  coverImageUrl: z.string().nullable(),
  publishedAt: z.iso.datetime({ offset: true }),
});

export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;
export type ArticleLocale = (typeof articleLocaleValues)[number];
export type ArticleCategory = (typeof articleCategoryValues)[number];

export const listLatestArticlesSchema = z.object({
  locale: z.enum(articleLocaleValues),
  limit: z.number().int().min(1).max(20).default(4),
});

export type ListLatestArticlesInput = z.input<typeof listLatestArticlesSchema>;

/** One published article to read (`/articles/{slug}`), with its other-language versions. */
export const articleSchema = articleSummarySchema.extend({
  body: z.string().describe("Markdown; render sanitised"),
  tags: z.array(z.string()),
  authorCredentials: z.string().nullable(),
  translations: z.array(z.object({ locale: z.enum(articleLocaleValues), slug: z.string() })),
});
export type ArticleDto = z.infer<typeof articleSchema>;
