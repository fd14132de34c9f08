import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

/** A browser that opted in to web push (VAPID). Gone (404/410 from the push service) = deleted. */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The push service URL; unique per browser. */
    endpoint: text().notNull().unique("push_subscriptions_endpoint_uniq"),
    p256dh: text().notNull(),
    auth: text().notNull(),
    userAgent: text(),
    lastSuccessAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [index("push_subscriptions_user_id_idx").on(t.userId)],
);

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type NewPushSubscriptionRow = typeof pushSubscriptions.$inferInsert;
