import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleComments, articles, savedArticles } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My saved articles and my comments: exported; saves deleted, comments kept. */
export const articlesAccount = defineAccountPart({
  domain: "articles",
  async exportForUser(userId) {
    const [saved, comments] = await Promise.all([
      db
        .select({ slug: articles.slug, title: articles.title, savedAt: savedArticles.savedAt })
        .from(savedArticles)
        .innerJoin(articles, eq(articles.id, savedArticles.articleId))
        .where(eq(savedArticles.userId, userId))
        .orderBy(asc(savedArticles.savedAt)),
      db
        .select({
          id: articleComments.uuid,
          articleSlug: articles.slug,
          body: articleComments.body,
          createdAt: articleComments.createdAt,
        })
        .from(articleComments)
        .innerJoin(articles, eq(articles.id, articleComments.articleId))
        .where(eq(articleComments.userId, userId))
        .orderBy(asc(articleComments.createdAt)),
    ]);
    return { savedArticles: saved, articleComments: comments };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(savedArticles).where(eq(savedArticles.userId, userId));
  },
  userColumns: {
    erased: [savedArticles.userId],
    kept: [
      {
        column: articleComments.userId,
        reason: "public discussion under an article stays, shown as Deleted user",
      },
      { column: articles.authorUserId, reason: "published editorial content stays" },
    ],
  },
});
