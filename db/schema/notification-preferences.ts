import { boolean, integer, pgTable } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { users } from "./users";

/** One row per user; a missing row means all defaults. */
export const notificationPreferences = pgTable("notification_preferences", {
  id: id(),
  uuid: publicId(),
  userId: integer()
    .notNull()
    .unique("notification_preferences_user_id_uniq")
    .references(() => users.id, { onDelete: "cascade" }),
  apptReminder: boolean().notNull().default(true),
  apptConfirmed: boolean().notNull().default(true),
  apptRescheduled: boolean().notNull().default(true),
  medDoseReminder: boolean().notNull().default(true),
  medRefill: boolean().notNull().default(true),
  medInteraction: boolean().notNull().default(true),
  tipsDaily: boolean().notNull().default(false),
  goalReminders: boolean().notNull().default(true),
  weeklyTrends: boolean().notNull().default(false),
  labReportReady: boolean().notNull().default(true),
  recordAdded: boolean().notNull().default(false),
  coachMessages: boolean().notNull().default(true),
  /** Replies to my posts, helpful marks and moderators' decisions on my posts. */
  forumActivity: boolean().notNull().default(true),
  channelPush: boolean().notNull().default(true),
  channelSms: boolean().notNull().default(false),
  channelEmail: boolean().notNull().default(true),
  ...timestamps(),
});

export type NotificationPreferencesRow = typeof notificationPreferences.$inferSelect;
export type NewNotificationPreferencesRow = typeof notificationPreferences.$inferInsert;
