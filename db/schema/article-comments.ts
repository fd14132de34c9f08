import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { articles } from "./articles";
import { users } from "./users";

export const articleComments = pgTable(
  "article_comments",
  {
    id: id(),
    uuid: publicId(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Display name comes from users. */
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    likes: integer().notNull().default(0),
    /** Set by moderation. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("article_comments_article_created_idx").on(t.articleId, t.createdAt),
    index("article_comments_user_id_idx").on(t.userId),
    check("article_comments_body_length_check", sql`char_length(${t.body}) between 1 and 2000`),
    check("article_comments_likes_check", sql`${t.likes} >= 0`),
  ],
);

export type ArticleCommentRow = typeof articleComments.$inferSelect;
export type NewArticleCommentRow = typeof articleComments.$inferInsert;
