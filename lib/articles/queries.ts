import "server-only";
import { and, desc, eq, isNotNull, lte, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { toArticleSummaryDto } from "./mappers";
import {
  listLatestArticlesSchema,
  type ArticleSummaryDto,
  type ArticleDto,
  type ArticleLocale,
  type ListLatestArticlesInput,
} from "./schemas";

const summaryColumns = {
  slug: articles.slug,
  locale: articles.locale,
  title: articles.title,
  excerpt: articles.excerpt,
  category: articles.category,
  readTimeMinutes: articles.readTimeMinutes,
  authorName: articles.authorName,
  coverImageUrl: articles.coverImageUrl,
  publishedAt: articles.publishedAt,
};

/** Latest published articles in one language, newest first (home page and article lists). */
export async function listLatestArticles(
  input: ListLatestArticlesInput,
): Promise<ArticleSummaryDto[]> {
  const { locale, limit } = listLatestArticlesSchema.parse(input);
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .where(
      and(
        eq(articles.locale, locale),
        isNotNull(articles.publishedAt),
        lte(articles.publishedAt, sql`now()`),
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map(toArticleSummaryDto);
}

/** An article found by word search: what the coach quotes. */
export interface ArticleSearchHit {
  slug: string;
  locale: ArticleLocale;
  title: string;
  body: string;
  rank: number;
}

/**
 * Published articles in one language matching any of the words (prefix match: `diet` finds
 * "diets"), best match first. The tsvector expression is exactly the one of
 * `articles_search_idx`, so the index serves it. Words must be plain letters and digits.
 */
export async function searchPublishedArticles(input: {
  words: string[];
  locale: ArticleLocale;
  limit?: number;
}): Promise<ArticleSearchHit[]> {
  const words = input.words.filter((w) => /^[\p{L}\p{M}\p{N}]+$/u.test(w));
  if (words.length === 0) return [];
  const query = words.map((w) => `${w}:*`).join(" | ");
  const document = sql`to_tsvector('simple', ${articles.title} || ' ' || ${articles.excerpt} || ' ' || ${articles.body})`;
  const tsquery = sql`to_tsquery('simple', ${query})`;
  // Ranked with the title and excerpt weighted above the body: an article about the topic beats
  // one that mentions it in passing. (The filter above keeps the index's exact expression.)
  const weighted = sql`setweight(to_tsvector('simple', ${articles.title}), 'A') || setweight(to_tsvector('simple', ${articles.excerpt}), 'B') || to_tsvector('simple', ${articles.body})`;
  const rank = sql<number>`ts_rank(${weighted}, ${tsquery})`;
  return db
    .select({
      slug: articles.slug,
      locale: articles.locale,
      title: articles.title,
      body: articles.body,
      rank,
    })
    .from(articles)
    .where(
      and(
        eq(articles.locale, input.locale),
        isNotNull(articles.publishedAt),
        lte(articles.publishedAt, sql`now()`),
        sql`${document} @@ ${tsquery}`,
      ),
    )
    .orderBy(desc(rank), desc(articles.publishedAt))
    .limit(input.limit ?? 2);
}

const published = () => and(isNotNull(articles.publishedAt), lte(articles.publishedAt, sql`now()`));

/** A published article by slug, with its published translations; null for drafts and unknowns. */
export async function getArticle(slug: string): Promise<ArticleDto | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 200) return null;
  const [row] = await db
    .select({
      ...summaryColumns,
      body: articles.body,
      tags: articles.tags,
      authorCredentials: articles.authorCredentials,
      translationGroup: articles.translationGroup,
    })
    .from(articles)
    .where(and(eq(articles.slug, slug), published()))
    .limit(1);
  if (!row) return null;
  const translations = await db
    .select({ locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(
      and(
        eq(articles.translationGroup, row.translationGroup),
        ne(articles.slug, row.slug),
        published(),
      ),
    );
  return {
    ...toArticleSummaryDto(row),
    body: row.body,
    tags: row.tags,
    authorCredentials: row.authorCredentials,
    translations,
  };
}
