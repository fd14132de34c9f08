import type { ArticleRow } from "@/db/schema/articles";
import type { AdminArticleDto, ArticleSummaryDto } from "./schemas";

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

/** A date-only value as the admin typed it, from the stored instant (India's calendar day). */
export function indianDate(at: Date): string {
  return new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10);
}

/** An article row as the admin edits it, with the uuid of its other-language version. */
export function toAdminArticleDto(row: ArticleRow, translationOf: string | null): AdminArticleDto {
  return {
    id: row.uuid,
    slug: row.slug,
    locale: row.locale,
    translationOf,
    title: row.title,
    excerpt: row.excerpt,
    body: row.body,
    category: row.category,
    tags: row.tags,
    authorName: row.authorName,
    authorCredentials: row.authorCredentials,
    reviewerName: row.reviewerName,
    reviewerCredentials: row.reviewerCredentials,
    reviewedAt: row.reviewedAt ? indianDate(row.reviewedAt) : null,
    sources: row.sources,
    specialty: row.specialty,
    coverImageUrl: row.coverImageUrl,
    isFeatured: row.isFeatured,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    readTimeMinutes: row.readTimeMinutes,
    views: row.views,
    updatedAt: row.updatedAt.toISOString(),
  };
}
