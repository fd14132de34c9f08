import "server-only";
import { and, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { toArticleSummaryDto } from "./mappers";
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
