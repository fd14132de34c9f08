import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationDeliveries, pushSubscriptions } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/**
 * The browsers I subscribed to web push (exported without their keys) and the delivery outbox's
 * rows addressed to me (what was sent where and when): both deleted with the account.
 */
export const pushAccount = defineAccountPart({
  domain: "push",
  async exportForUser(userId) {
    const [subscriptions, deliveries] = await Promise.all([
      db
        .select({
          id: pushSubscriptions.uuid,
          endpoint: pushSubscriptions.endpoint,
          userAgent: pushSubscriptions.userAgent,
          lastSuccessAt: pushSubscriptions.lastSuccessAt,
          createdAt: pushSubscriptions.createdAt,
        })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, userId))
        .orderBy(asc(pushSubscriptions.createdAt)),
      db
        .select({
          id: notificationDeliveries.uuid,
          channel: notificationDeliveries.channel,
          event: notificationDeliveries.event,
          status: notificationDeliveries.status,
          attempts: notificationDeliveries.attempts,
          sentAt: notificationDeliveries.sentAt,
          createdAt: notificationDeliveries.createdAt,
        })
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.userId, userId))
        .orderBy(asc(notificationDeliveries.createdAt)),
    ]);
    return { pushSubscriptions: subscriptions, notificationDeliveries: deliveries };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(notificationDeliveries).where(eq(notificationDeliveries.userId, userId));
    await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  },
  userColumns: { erased: [notificationDeliveries.userId, pushSubscriptions.userId] },
});
