import "server-only";
import { eq, getTableColumns } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notificationPreferences } from "@/db/schema";

const columns = getTableColumns(notificationPreferences);

/** Every switch of notification_preferences (the topic switches and the three channel ones). */
export const preferenceKeys = [
  "apptReminder",
  "apptConfirmed",
  "apptRescheduled",
  "medDoseReminder",
  "medRefill",
  "medInteraction",
  "tipsDaily",
  "goalReminders",
  "weeklyTrends",
  "labReportReady",
  "recordAdded",
  "coachMessages",
  "forumActivity",
  "channelPush",
  "channelSms",
  "channelEmail",
] as const;

export type NotificationPreferences = Record<(typeof preferenceKeys)[number], boolean>;

/** The switches of someone who never saved any: the column defaults of the table. */
export const defaultPreferences: Readonly<NotificationPreferences> = Object.freeze(
  Object.fromEntries(
    preferenceKeys.map((key) => [key, columns[key].default as boolean]),
  ) as NotificationPreferences,
);

const preferenceColumns = Object.fromEntries(preferenceKeys.map((key) => [key, columns[key]])) as {
  [K in (typeof preferenceKeys)[number]]: (typeof columns)[K];
};

/**
 * A user's notification preferences with the defaults applied where they never saved a row.
 * Internal: does not authorize (senders call it with the recipient's id). Pass `on` to read
 * inside a transaction.
 */
export async function preferencesOf(
  userId: number,
  on: Queryable = db,
): Promise<NotificationPreferences> {
  const [row] = await on
    .select(preferenceColumns)
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1);
  return row ?? { ...defaultPreferences };
}
