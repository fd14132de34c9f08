import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

export const notificationTypes = [
  "appointment",
  "order",
  "lab_test",
  "prescription",
  "forum",
  "emergency",
  "general",
  "promotion",
] as const;
export type NotificationType = (typeof notificationTypes)[number];
export const notificationTypeEnum = pgEnum("notification_type", notificationTypes);

export const notificationPriorities = ["low", "medium", "high", "urgent"] as const;
export type NotificationPriority = (typeof notificationPriorities)[number];
export const notificationPriorityEnum = pgEnum("notification_priority", notificationPriorities);

/** In-app inbox. Unread while `read_at` is null. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: notificationTypeEnum().notNull().default("general"),
    /** English text, as written; what a reader sees when the row has no (known) message key. */
    title: text().notNull(),
    body: text().notNull(),
    /**
     * The text as a message (`<key>.title` and `<key>.body` under `Notifications` in messages/*.json)
     * rendered in the reader's locale when read; null on rows written before keys existed.
     */
    messageKey: text(),
    /** The message's parameters: strings only, formatted for display when read. */
    params: jsonb().$type<Record<string, string>>(),
    /** Internal path only, e.g. `/appointments/<uuid>`. */
    link: text(),
    priority: notificationPriorityEnum().notNull().default("medium"),
    readAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("notifications_user_read_idx").on(t.userId, t.readAt),
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc()),
    check(
      "notifications_link_internal_check",
      sql`${t.link} ~ '^/' and ${t.link} !~ '^//' and strpos(${t.link}, chr(92)) = 0`,
    ),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;
