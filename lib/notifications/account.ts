import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { preferenceColumns } from "./preferences";
import { loadNotificationsOf } from "./queries";

async function loadNotificationPreferences(userId: number) {
  const [row] = await db
    .select({ ...preferenceColumns, updatedAt: notificationPreferences.updatedAt })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1);
  return row ?? null;
}

/** My in-app notifications (in my language) and notification preferences: exported, deleted. */
export const notificationsAccount = defineAccountPart({
  domain: "notifications",
  async exportForUser(userId) {
    const [rows, preferences] = await Promise.all([
      loadNotificationsOf(userId),
      loadNotificationPreferences(userId),
    ]);
    return { notifications: rows, notificationPreferences: preferences };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  },
  userColumns: { erased: [notifications.userId, notificationPreferences.userId] },
});
