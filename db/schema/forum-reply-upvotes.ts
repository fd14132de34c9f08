import { index, integer, pgTable, unique } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { forumReplies } from "./forum-replies";
import { users } from "./users";

/** One vote per user and reply; toggling adjusts `forum_replies.upvotes` in the same transaction. */
export const forumReplyUpvotes = pgTable(
  "forum_reply_upvotes",
  {
    id: id(),
    replyId: integer()
      .notNull()
      .references(() => forumReplies.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forum_reply_upvotes_reply_user_uniq").on(t.replyId, t.userId),
    index("forum_reply_upvotes_user_id_idx").on(t.userId),
  ],
);

export type ForumReplyUpvoteRow = typeof forumReplyUpvotes.$inferSelect;
export type NewForumReplyUpvoteRow = typeof forumReplyUpvotes.$inferInsert;
