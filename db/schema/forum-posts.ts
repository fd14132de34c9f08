import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

export const forumCategories = [
  "general",
  "nutrition",
  "fitness",
  "mental_health",
  "wellness",
  "chronic_conditions",
  "preventive_care",
  "sexual_health",
] as const;
export type ForumCategory = (typeof forumCategories)[number];
export const forumCategoryEnum = pgEnum("forum_category", forumCategories);

/** Counters (upvotes, views, reply_count) are changed with `set x = x + 1` in the writing transaction. */
export const forumPosts = pgTable(
  "forum_posts",
  {
    id: id(),
    uuid: publicId(),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** Plain text / markdown, rendered escaped. */
    content: text().notNull(),
    category: forumCategoryEnum().notNull().default("general"),
    upvotes: integer().notNull().default(0),
    views: integer().notNull().default(0),
    replyCount: integer().notNull().default(0),
    /**
     * Set when the author posts anonymously (sensitive categories): the name everyone but admins
     * sees. The author stays in `author_id` for moderation.
     */
    anonymousAlias: text(),
    isPinned: boolean().notNull().default(false),
    lockedAt: timestamptz(),
    hiddenAt: timestamptz(),
    /** Why a moderator hid or locked it, as told to the author. */
    moderationNote: text(),
    editedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("forum_posts_category_created_idx").on(t.category, t.createdAt.desc()),
    index("forum_posts_created_idx").on(t.createdAt.desc()),
    index("forum_posts_upvotes_idx").on(t.upvotes.desc()),
    index("forum_posts_author_id_idx").on(t.authorId),
    // Typo-tolerant search over title and body (pg_trgm, loaded by migration 0013).
    index("forum_posts_search_trgm_idx").using(
      "gin",
      sql`(lower(${t.title} || ' ' || ${t.content})) gin_trgm_ops`,
    ),
    check("forum_posts_title_length_check", sql`char_length(${t.title}) between 1 and 200`),
    check("forum_posts_content_length_check", sql`char_length(${t.content}) between 1 and 10000`),
    check(
      "forum_posts_counters_check",
      sql`${t.upvotes} >= 0 and ${t.views} >= 0 and ${t.replyCount} >= 0`,
    ),
  ],
);

export type ForumPostRow = typeof forumPosts.$inferSelect;
export type NewForumPostRow = typeof forumPosts.$inferInsert;
