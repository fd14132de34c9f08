import "server-only";
import {
  and,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  ilike,
  isNotNull,
  isNull,
  lte,
  ne,
  or,
  sql,
} from "drizzle-orm";
import { db } from "@/db/client";
import { articleComments, articles, savedArticles, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Page, Pagination } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { toArticleSummaryDto } from "./mappers";
import { searchWords } from "./policy";
import {
  listLatestArticlesSchema,
  type ArticleCommentDto,
  type ArticleListItemDto,
  type ArticleSummaryDto,
  type ArticleDto,
  type ArticleLocale,
  type ListArticlesQuery,
  type ListLatestArticlesInput,
  type SavedArticleDto,
} from "./schemas";

export const summaryColumns = {
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

export const published = () =>
  and(isNotNull(articles.publishedAt), lte(articles.publishedAt, sql`now()`));

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * What a search box matches: every word as a prefix in the 'simple' text search (the expression
 * of `articles_search_idx`, so the index serves it), or the whole phrase inside the title or
 * excerpt (the fallback for what the parser splits oddly, such as Devanagari vowel signs).
 */
function matching(q: string | undefined) {
  if (!q) return { where: undefined, rank: undefined };
  const words = searchWords(q);
  const phrase = `%${escapeLike(q)}%`;
  const fallback = or(ilike(articles.title, phrase), ilike(articles.excerpt, phrase));
  if (words.length === 0) return { where: fallback, rank: undefined };
  const tsquery = sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
  const document = sql`to_tsvector('simple', ${articles.title} || ' ' || ${articles.excerpt} || ' ' || ${articles.body})`;
  return {
    where: or(sql`${document} @@ ${tsquery}`, fallback),
    rank: sql`ts_rank(setweight(to_tsvector('simple', ${articles.title}), 'A') || setweight(to_tsvector('simple', ${articles.excerpt}), 'B') || to_tsvector('simple', ${articles.body}), ${tsquery})`,
  };
}

/**
 * Published articles in one language (a parsed query whose locale is settled), searched and
 * filtered, best match first when searching, else featured then newest; each says whether the
 * actor saved it. Public.
 */
export async function listArticles(
  actor: Actor | null,
  query: ListArticlesQuery & { locale: ArticleLocale },
): Promise<Page<ArticleListItemDto>> {
  const { q, category, locale, page, pageSize } = query;
  const search = matching(q);
  const where = and(
    eq(articles.locale, locale),
    published(),
    category ? eq(articles.category, category) : undefined,
    search.where,
  );
  // Joined only for a signed-in reader: at most one row per article (user, article is unique).
  const mine = and(
    eq(savedArticles.articleId, articles.id),
    eq(savedArticles.userId, actor?.userId ?? 0),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...summaryColumns, savedId: savedArticles.id })
      .from(articles)
      .leftJoin(savedArticles, actor ? mine : sql`false`)
      .where(where)
      .orderBy(
        ...(search.rank ? [desc(search.rank)] : [desc(articles.isFeatured)]),
        desc(articles.publishedAt),
        desc(articles.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return {
    data: rows.map((r) => ({ ...toArticleSummaryDto(r), saved: r.savedId !== null })),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}

/** Up to `limit` other published articles of the same language sharing the category or a tag. */
export async function listRelatedArticles(
  article: Pick<ArticleDto, "slug" | "locale" | "category" | "tags">,
  limit = 3,
): Promise<ArticleSummaryDto[]> {
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .where(
      and(
        eq(articles.locale, article.locale),
        ne(articles.slug, article.slug),
        published(),
        or(
          eq(articles.category, article.category),
          article.tags.length > 0 ? arrayOverlaps(articles.tags, article.tags) : undefined,
        ),
      ),
    )
    .orderBy(
      desc(sql`${articles.category} = ${article.category}`),
      desc(articles.publishedAt),
      desc(articles.id),
    )
    .limit(limit);
  return rows.map(toArticleSummaryDto);
}

/** My saved articles that are still published, the latest saved first. */
export async function listSavedArticles(
  actor: Actor,
  { page, pageSize }: Pagination,
): Promise<Page<SavedArticleDto>> {
  const where = and(eq(savedArticles.userId, actor.userId), published());
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...summaryColumns, savedAt: savedArticles.savedAt })
      .from(savedArticles)
      .innerJoin(articles, eq(articles.id, savedArticles.articleId))
      .where(where)
      .orderBy(desc(savedArticles.savedAt), desc(savedArticles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(savedArticles)
      .innerJoin(articles, eq(articles.id, savedArticles.articleId))
      .where(where),
  ]);
  return {
    data: rows.map((r) => ({ ...toArticleSummaryDto(r), savedAt: r.savedAt.toISOString() })),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}

/** Whether the actor saved this article (false when signed out). */
export async function isArticleSaved(actor: Actor | null, slug: string): Promise<boolean> {
  if (!actor) return false;
  const [row] = await db
    .select({ id: savedArticles.id })
    .from(savedArticles)
    .innerJoin(articles, eq(articles.id, savedArticles.articleId))
    .where(and(eq(savedArticles.userId, actor.userId), eq(articles.slug, slug)))
    .limit(1);
  return Boolean(row);
}

/** The visible comments under a published article, oldest first; unknown or draft is 404. */
export async function listArticleComments(
  actor: Actor | null,
  slug: string,
): Promise<ArticleCommentDto[]> {
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), published()))
    .limit(1);
  if (!article) throw notFound("article");
  const rows = await db
    .select({
      id: articleComments.uuid,
      body: articleComments.body,
      userId: articleComments.userId,
      authorName: users.fullName,
      createdAt: articleComments.createdAt,
    })
    .from(articleComments)
    .innerJoin(users, eq(users.id, articleComments.userId))
    .where(and(eq(articleComments.articleId, article.id), isNull(articleComments.hiddenAt)))
    .orderBy(asc(articleComments.createdAt), asc(articleComments.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    authorName: r.authorName,
    createdAt: r.createdAt.toISOString(),
    mine: r.userId === actor?.userId,
  }));
}

/** A published article by slug, with its published translations; null for drafts and unknowns. */
export async function getArticle(slug: string): Promise<ArticleDto | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 200) return null;
  const [row] = await db
    .select({
      ...summaryColumns,
      ...detailColumns,
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
  return toArticleDto(row, translations);
}

const detailColumns = {
  body: articles.body,
  tags: articles.tags,
  authorCredentials: articles.authorCredentials,
  reviewerName: articles.reviewerName,
  reviewerCredentials: articles.reviewerCredentials,
  reviewedAt: articles.reviewedAt,
  sources: articles.sources,
  specialty: articles.specialty,
  views: articles.views,
};

type DetailRow = Parameters<typeof toArticleSummaryDto>[0] & {
  [K in keyof typeof detailColumns]: (typeof articles.$inferSelect)[K];
};

function toArticleDto(row: DetailRow, translations: ArticleDto["translations"]): ArticleDto {
  return {
    ...toArticleSummaryDto(row),
    body: row.body,
    tags: row.tags,
    authorCredentials: row.authorCredentials,
    reviewerName: row.reviewerName,
    reviewerCredentials: row.reviewerCredentials,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    sources: row.sources,
    specialty: row.specialty,
    views: row.views,
    translations,
  };
}

/**
 * Reads a published article for a reader and counts the view (`views = views + 1`, settled by
 * the database), with its published translations; unknown or draft is 404.
 */
export async function readArticle(slug: string): Promise<ArticleDto> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 200) throw notFound("article");
  const [row] = await db
    .update(articles)
    .set({ views: sql`${articles.views} + 1`, updatedAt: sql`${articles.updatedAt}` })
    .where(and(eq(articles.slug, slug), published()))
    .returning({
      ...summaryColumns,
      ...detailColumns,
      translationGroup: articles.translationGroup,
    });
  if (!row) throw notFound("article");
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
  return toArticleDto(row, translations);
}
