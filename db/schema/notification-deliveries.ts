import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { notifications } from "./notifications";
import { users } from "./users";

export const deliveryChannels = ["email", "sms", "push"] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];
export const deliveryChannelEnum = pgEnum("delivery_channel", deliveryChannels);

/**
 * pending: waiting (or waiting to retry); sending: claimed by a drain, the provider call may have
 * happened; sent; failed: gave up (attempts exhausted, or a drain died mid-send: never resent,
 * so nothing goes twice); skipped: nothing to send to (no verified phone, no subscription).
 */
export const deliveryStatuses = ["pending", "sending", "sent", "failed", "skipped"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const deliveryStatusEnum = pgEnum("delivery_status", deliveryStatuses);

/**
 * The delivery outbox: one row per message and channel, written in the same transaction as the
 * event it tells of (so it exists exactly when the change does) and BEFORE any send is attempted.
 * `dedupe_key` makes enqueuing the same message twice a no-op.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The inbox row this delivery repeats, when there is one. */
    notificationId: integer().references(() => notifications.id, { onDelete: "set null" }),
    channel: deliveryChannelEnum().notNull(),
    /** The event name (lib/notifications/events.ts), for preferences and logs. */
    event: text().notNull(),
    /** What to send, channel-specific (template + data for email, text for SMS, title/body/url for push). */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    dedupeKey: text().notNull().unique("notification_deliveries_dedupe_key_uniq"),
    status: deliveryStatusEnum().notNull().default("pending"),
    attempts: smallint().notNull().default(0),
    nextAttemptAt: timestamptz().notNull().defaultNow(),
    /** When a drain claimed it (status sending). */
    claimedAt: timestamptz(),
    lastError: text(),
    providerMessageId: text(),
    sentAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("notification_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index("notification_deliveries_user_id_idx").on(t.userId),
    index("notification_deliveries_notification_id_idx").on(t.notificationId),
    check("notification_deliveries_attempts_check", sql`${t.attempts} between 0 and 20`),
  ],
);

export type NotificationDeliveryRow = typeof notificationDeliveries.$inferSelect;
export type NewNotificationDeliveryRow = typeof notificationDeliveries.$inferInsert;
