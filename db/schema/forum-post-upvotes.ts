import { index, integer, pgTable, unique } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { forumPosts } from "./forum-posts";
import { users } from "./users";

/** One vote per user and post; toggling adjusts `forum_posts.upvotes` in the same transaction. */
export const forumPostUpvotes = pgTable(
  "forum_post_upvotes",
  {
    id: id(),
    postId: integer()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forum_post_upvotes_post_user_uniq").on(t.postId, t.userId),
    index("forum_post_upvotes_user_id_idx").on(t.userId),
  ],
);

export type ForumPostUpvoteRow = typeof forumPostUpvotes.$inferSelect;
export type NewForumPostUpvoteRow = typeof forumPostUpvotes.$inferInsert;
