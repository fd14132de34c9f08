import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db/client";
import { articleComments, articles, savedArticles, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { articleCommentsChanged } from "@/lib/cache/public-pages";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { published } from "./queries";
import {
  articleCommentInputSchema,
  articleSlugParamsSchema,
  type ArticleCommentDto,
} from "./schemas";

/** The row id of a published article, or 404 (drafts do not exist for readers). */
async function publishedArticleId(slug: string): Promise<number> {
  if (!articleSlugParamsSchema.safeParse({ slug }).success) throw notFound("article");
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), published()))
    .limit(1);
  if (!row) throw notFound("article");
  return row.id;
}

/** Saves a published article for me; saving it again changes nothing (the unique pair decides). */
export async function saveArticle(
  actor: Actor,
  slug: string,
): Promise<{ slug: string; saved: true }> {
  const articleId = await publishedArticleId(slug);
  await db
    .insert(savedArticles)
    .values({ userId: actor.userId, articleId })
    .onConflictDoNothing({ target: [savedArticles.userId, savedArticles.articleId] });
  return { slug, saved: true };
}

/**
 * Removes an article from my saved list; removing one that is not there changes nothing. Works
 * for an article since unpublished too, so a reader can always clear their list.
 */
export async function unsaveArticle(
  actor: Actor,
  slug: string,
): Promise<{ slug: string; saved: false }> {
  if (!articleSlugParamsSchema.safeParse({ slug }).success) throw notFound("article");
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.slug, slug))
    .limit(1);
  if (!article) throw notFound("article");
  await db
    .delete(savedArticles)
    .where(and(eq(savedArticles.userId, actor.userId), eq(savedArticles.articleId, article.id)));
  return { slug, saved: false };
}

/** Posts my comment (plain text, 1..2000 characters) under a published article; rate limited. */
export async function postArticleComment(
  actor: Actor,
  slug: string,
  input: z.input<typeof articleCommentInputSchema>,
): Promise<ArticleCommentDto> {
  await enforceRateLimit("article_comment", String(actor.userId));
  const { body } = parseInput(articleCommentInputSchema, input);
  const articleId = await publishedArticleId(slug);
  const [row] = await db
    .insert(articleComments)
    .values({ articleId, userId: actor.userId, body })
    .returning();
  const [me] = await db
    .select({ name: users.fullName })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  articleCommentsChanged(slug);
  return {
    id: row!.uuid,
    body: row!.body,
    authorName: me?.name ?? "",
    createdAt: row!.createdAt.toISOString(),
    mine: true,
  };
}

/**
 * Deletes a comment of mine (an admin may delete anyone's). Someone else's, or one under another
 * article, is 404: the caller learns nothing about it.
 */
export async function deleteArticleComment(actor: Actor, slug: string, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound("comment");
  const articleId = await publishedArticleId(slug);
  const deleted = await db
    .delete(articleComments)
    .where(
      and(
        eq(articleComments.uuid, id),
        eq(articleComments.articleId, articleId),
        actor.role === "admin" ? undefined : eq(articleComments.userId, actor.userId),
      ),
    )
    .returning({ id: articleComments.id });
  if (deleted.length === 0) throw notFound("comment");
  articleCommentsChanged(slug);
}
