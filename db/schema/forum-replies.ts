import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { forumPosts } from "./forum-posts";
import { users } from "./users";

export const forumReplies = pgTable(
  "forum_replies",
  {
    id: id(),
    uuid: publicId(),
    postId: integer()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    content: text().notNull(),
    upvotes: integer().notNull().default(0),
    /** Marked by the post's author. */
    isHelpful: boolean().notNull().default(false),
    /** As on forum_posts: the public name of an anonymous author. */
    anonymousAlias: text(),
    hiddenAt: timestamptz(),
    /** Why a moderator hid it, as told to the author. */
    moderationNote: text(),
    editedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("forum_replies_post_created_idx").on(t.postId, t.createdAt),
    index("forum_replies_author_id_idx").on(t.authorId),
    check("forum_replies_content_length_check", sql`char_length(${t.content}) between 1 and 10000`),
    check("forum_replies_upvotes_check", sql`${t.upvotes} >= 0`),
  ],
);

export type ForumReplyRow = typeof forumReplies.$inferSelect;
export type NewForumReplyRow = typeof forumReplies.$inferInsert;
