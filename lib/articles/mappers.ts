import type { ArticleSummaryDto } from "./schemas";

/** The columns article list queries select. */
export interface ArticleSummaryRow {
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

/** Row -> an article card. */
export function toArticleSummaryDto(row: ArticleSummaryRow): ArticleSummaryDto {
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
