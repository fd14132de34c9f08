import { index, integer, pgTable, unique } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { articles } from "./articles";
import { users } from "./users";

/** Bookmarks. Join to `articles` for title/body; nothing is copied here. */
export const savedArticles = pgTable(
  "saved_articles",
  {
    id: id(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    savedAt: createdAt(),
  },
  (t) => [
    unique("saved_articles_user_article_uniq").on(t.userId, t.articleId),
    index("saved_articles_article_id_idx").on(t.articleId),
  ],
);

export type SavedArticleRow = typeof savedArticles.$inferSelect;
export type NewSavedArticleRow = typeof savedArticles.$inferInsert;
