import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { loadNotificationsOf } from "./queries";

async function loadNotificationPreferences(userId: number) {
  const p = notificationPreferences;
  const [row] = await db
    .select({
      apptReminder: p.apptReminder,
      apptConfirmed: p.apptConfirmed,
      apptRescheduled: p.apptRescheduled,
      medDoseReminder: p.medDoseReminder,
      medRefill: p.medRefill,
      medInteraction: p.medInteraction,
      tipsDaily: p.tipsDaily,
      goalReminders: p.goalReminders,
      weeklyTrends: p.weeklyTrends,
      labReportReady: p.labReportReady,
      recordAdded: p.recordAdded,
      coachMessages: p.coachMessages,
      channelPush: p.channelPush,
      channelSms: p.channelSms,
      channelEmail: p.channelEmail,
      updatedAt: p.updatedAt,
    })
    .from(p)
    .where(eq(p.userId, userId))
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
