import { date, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { forumPosts } from "./forum-posts";

/**
 * Who has been counted as a view of a post today: a view is counted once per viewer and day
 * (`viewer_key` is a keyed hash of the user id, or of the address for guests; never the raw value).
 */
export const forumPostViews = pgTable(
  "forum_post_views",
  {
    id: id(),
    postId: integer()
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    viewerKey: text().notNull(),
    viewedOn: date().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("forum_post_views_post_viewer_day_uniq").on(t.postId, t.viewerKey, t.viewedOn),
    index("forum_post_views_viewed_on_idx").on(t.viewedOn),
  ],
);

export type ForumPostViewRow = typeof forumPostViews.$inferSelect;
