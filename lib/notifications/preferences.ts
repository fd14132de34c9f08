import "server-only";
import { eq, getTableColumns } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import { preferenceKeys, type NotificationPreferences } from "./schemas";

const columns = getTableColumns(notificationPreferences);

/** The switches of someone who never saved any: the column defaults of the table, read once. */
export const defaultPreferences: Readonly<NotificationPreferences> = Object.freeze(
  Object.fromEntries(
    preferenceKeys.map((key) => [key, columns[key].default as boolean]),
  ) as NotificationPreferences,
);

/** The columns of a preferences row, by their API names. */
export const preferenceColumns = Object.fromEntries(
  preferenceKeys.map((key) => [key, columns[key]]),
) as { [K in keyof NotificationPreferences]: (typeof columns)[K] };

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
