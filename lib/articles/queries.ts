import "server-only";
import { and, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import {
  listLatestArticlesSchema,
  type ArticleSummaryDto,
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

interface ArticleSummaryRow {
  slug: string;
  locale: ArticleSummaryDto["locale"];
  title: string;
  excerpt: string;
  category: ArticleSummaryDto["category"];
  readTimeMinutes: number;
  authorName: string | null;
  coverImageUrl: string | null;
  publishedAt: Date | null;
}

function toArticleSummaryDto(row: ArticleSummaryRow): ArticleSummaryDto {
  return {
    slug: row.slug,
    locale: row.locale,
    title: row.title,
    excerpt: row.excerpt,
    category: row.category,
    readTimeMinutes: row.readTimeMinutes,
    authorName: row.authorName,
    coverImageUrl: row.coverImageUrl,
    // Only published rows are selected, so publishedAt is set.
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
  };
}

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
