import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { emptyTextArray, id, publicId, timestamps, timestamptz } from "./_columns";
import { doctorSpecialtyEnum } from "./doctors";
import { users } from "./users";

/** A source an article cites (shown under it). */
export interface ArticleSource {
  title: string;
  url?: string;
}

export const articleLocales = ["en", "hi"] as const;
export type ArticleLocale = (typeof articleLocales)[number];
export const articleLocaleEnum = pgEnum("article_locale", articleLocales);

export const articleCategories = [
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
export type ArticleCategory = (typeof articleCategories)[number];
export const articleCategoryEnum = pgEnum("article_category", articleCategories);

/** Health content, one row per language; rows sharing `translation_group` are translations. */
export const articles = pgTable(
  "articles",
  {
    id: id(),
    uuid: publicId(),
    /** Route key. */
    slug: text().notNull().unique("articles_slug_uniq"),
    locale: articleLocaleEnum().notNull().default("en"),
    translationGroup: uuid().notNull().defaultRandom(),
    title: text().notNull(),
    excerpt: text().notNull(),
    /** Markdown, rendered escaped. */
    body: text().notNull(),
    /** Local/seeded asset path; no hot-linking. */
    coverImageUrl: text(),
    category: articleCategoryEnum().notNull(),
    tags: text().array().notNull().default(emptyTextArray),
    authorName: text(),
    authorCredentials: text(),
    authorUserId: integer().references(() => users.id, { onDelete: "set null" }),
    /** Who medically reviewed it, and when (shown as "Reviewed on"). */
    reviewerName: text(),
    reviewerCredentials: text(),
    reviewedAt: timestamptz(),
    sources: jsonb().$type<ArticleSource[]>().notNull().default([]),
    /** The specialty to suggest booking ("Book a dermatologist") after reading; null: none. */
    specialty: doctorSpecialtyEnum(),
    readTimeMinutes: smallint().notNull().default(1),
    views: integer().notNull().default(0),
    likes: integer().notNull().default(0),
    isFeatured: boolean().notNull().default(false),
    /** Null = draft (not listed). */
    publishedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique("articles_translation_group_locale_uniq").on(t.translationGroup, t.locale),
    index("articles_locale_published_idx").on(t.locale, t.publishedAt.desc()),
    index("articles_category_idx").on(t.category),
    // Word search over the text (the coach's embedded answers): 'simple' so Hindi and English
    // index alike; prefix queries (diet:*) cover plurals.
    index("articles_search_idx").using(
      "gin",
      sql`to_tsvector('simple', ${t.title} || ' ' || ${t.excerpt} || ' ' || ${t.body})`,
    ),
    check("articles_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("articles_read_time_check", sql`${t.readTimeMinutes} >= 1`),
    check("articles_counters_check", sql`${t.views} >= 0 and ${t.likes} >= 0`),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
