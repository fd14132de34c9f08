import { z } from "zod";
import type {
  ArticleCategory as DbArticleCategory,
  ArticleLocale as DbArticleLocale,
} from "@/db/schema/articles";
import { doctorSpecialties } from "@/db/schema/doctors";
import { paginationSchema } from "@/lib/api/pagination";
import { sameAs, type Same } from "@/lib/validation/enums";
import { clearableText, text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

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

export const articleSpecialtyValues = doctorSpecialties;

export const articleSourceSchema = z.object({
  title: z.string(),
  url: z.string().optional(),
});

/** One published article to read (`/articles/{slug}`), with its other-language versions. */
export const articleSchema = articleSummarySchema.extend({
  body: z.string().describe("Markdown; render sanitised"),
  tags: z.array(z.string()),
  authorCredentials: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewerCredentials: z.string().nullable(),
  reviewedAt: z.iso.datetime({ offset: true }).nullable(),
  sources: z.array(articleSourceSchema),
  specialty: z
    .enum(articleSpecialtyValues)
    .nullable()
    .describe("the doctors to suggest booking after reading; null: none"),
  views: z.number().int(),
  translations: z.array(z.object({ locale: z.enum(articleLocaleValues), slug: z.string() })),
});
export type ArticleDto = z.infer<typeof articleSchema>;

/** A card of `GET /articles`: whether I saved it (false when signed out). */
export const articleListItemSchema = articleSummarySchema.extend({ saved: z.boolean() });
export type ArticleListItemDto = z.infer<typeof articleListItemSchema>;

/** Query of `GET /articles`. */
export const listArticlesQuerySchema = paginationSchema.extend({
  q: z
    .string()
    .trim()
    .max(100, "must be at most 100 characters")
    .optional()
    .describe("words of the title, excerpt or body (prefixes match: `diab` finds diabetes)"),
  category: z.enum(articleCategoryValues).optional(),
  locale: z
    .enum(articleLocaleValues)
    .optional()
    .describe("the articles' language; default the reader's (NEXT_LOCALE cookie, Accept-Language)"),
});
export type ListArticlesQuery = z.output<typeof listArticlesQuerySchema>;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const articleSlugParamsSchema = z.object({
  slug: z.string().max(200).regex(slugPattern, "must be an article slug"),
});

/** An article I saved, with when. */
export const savedArticleSchema = articleSummarySchema.extend({
  savedAt: z.iso.datetime({ offset: true }),
});
export type SavedArticleDto = z.infer<typeof savedArticleSchema>;

/** The answer of save and unsave: the article's state for me now. */
export const saveStateSchema = z.object({ slug: z.string(), saved: z.boolean() });

/** A comment under an article: plain text, shown as written (never markup). */
export const articleCommentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  mine: z.boolean().describe("the caller wrote it (may delete it)"),
});
export type ArticleCommentDto = z.infer<typeof articleCommentSchema>;

/** Body of `POST /articles/{slug}/comments`. */
export const articleCommentInputSchema = z.object({ body: text(1, 2000) });

export const articleCommentParamsSchema = articleSlugParamsSchema.extend({ id: uuidSchema });

// --- Admin (X5 articles) ---

const sourceInputSchema = z.object({
  title: text(2, 300),
  url: z
    .url({ protocol: /^https?$/, message: "must be an http(s) address" })
    .max(500, "must be at most 500 characters")
    .optional(),
});

const dateOnly = z.iso.date({ message: "must be a date (YYYY-MM-DD)" });

const articleFields = {
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(120, "must be at most 120 characters")
    .regex(slugPattern, "must be lower-case letters and digits joined by single hyphens"),
  locale: z.enum(articleLocaleValues),
  translationOf: uuidSchema
    .nullable()
    .describe("an article in the other language: this one joins its translation group"),
  title: text(3, 200),
  excerpt: text(10, 500),
  body: text(20, 50_000).describe("Markdown"),
  category: z.enum(articleCategoryValues),
  tags: z.array(text(1, 40)).max(12, "at most 12 tags"),
  authorName: clearableText(120),
  authorCredentials: clearableText(120),
  reviewerName: clearableText(120),
  reviewerCredentials: clearableText(120),
  reviewedAt: dateOnly.nullable().describe("the day the medical review was done"),
  sources: z.array(sourceInputSchema).max(10, "at most 10 sources"),
  specialty: z.enum(articleSpecialtyValues).nullable(),
  coverImageUrl: clearableText(300)
    .refine((v) => v === null || /^\/(?!.*\.\.)[A-Za-z0-9/_.-]+$/.test(v), {
      message: "must be a path on this site, e.g. /images/articles/salt.jpg",
    })
    .describe("a local asset path (no hot-linking)"),
  isFeatured: z.boolean(),
  published: z
    .boolean()
    .describe("listed for readers; publishedAt is set when first published, cleared when not"),
};

const reviewNeedsReviewer = (
  a: { reviewedAt?: string | null; reviewerName?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (a.reviewedAt && !a.reviewerName)
    ctx.addIssue({
      code: "custom",
      path: ["reviewerName"],
      message: "must be given with the review date",
    });
};

/** Body of `POST /admin/articles`. A slug in use is 409. */
export const createArticleSchema = z
  .object({
    ...articleFields,
    locale: articleFields.locale.default("en"),
    translationOf: articleFields.translationOf.default(null),
    tags: articleFields.tags.default([]),
    authorName: articleFields.authorName.default(null),
    authorCredentials: articleFields.authorCredentials.default(null),
    reviewerName: articleFields.reviewerName.default(null),
    reviewerCredentials: articleFields.reviewerCredentials.default(null),
    reviewedAt: articleFields.reviewedAt.default(null),
    sources: articleFields.sources.default([]),
    specialty: articleFields.specialty.default(null),
    coverImageUrl: articleFields.coverImageUrl.default(null),
    isFeatured: articleFields.isFeatured.default(false),
    published: articleFields.published.default(false),
  })
  .superRefine(reviewNeedsReviewer);
export type CreateArticleInput = z.output<typeof createArticleSchema>;

/** Body of `PUT /admin/articles/{id}`: the fields to change (others stay). */
export const updateArticleSchema = z.object(articleFields).partial();
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;

/** Query of `GET /admin/articles`: drafts included. */
export const listAdminArticlesQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(100).optional().describe("part of the title or slug"),
  status: z.enum(["published", "draft"]).optional(),
  locale: z.enum(articleLocaleValues).optional(),
});
export type ListAdminArticlesQuery = z.output<typeof listAdminArticlesQuerySchema>;

export const articleIdParamsSchema = z.object({ id: uuidSchema });

/** An article as the admin edits it. */
export const adminArticleSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  locale: z.enum(articleLocaleValues),
  translationOf: z.uuid().nullable().describe("the other language's version, if any"),
  title: z.string(),
  excerpt: z.string(),
  body: z.string(),
  category: z.enum(articleCategoryValues),
  tags: z.array(z.string()),
  authorName: z.string().nullable(),
  authorCredentials: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewerCredentials: z.string().nullable(),
  reviewedAt: z.iso.date().nullable(),
  sources: z.array(articleSourceSchema),
  specialty: z.enum(articleSpecialtyValues).nullable(),
  coverImageUrl: z.string().nullable(),
  isFeatured: z.boolean(),
  published: z.boolean(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  readTimeMinutes: z.number().int(),
  views: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AdminArticleDto = z.infer<typeof adminArticleSchema>;

/** An article another one may be a translation of (the form's choice). */
export interface ArticleChoiceDto {
  id: string;
  slug: string;
  locale: ArticleLocale;
  title: string;
}
