import "server-only";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { renderNotification } from "./render";
import type { NotificationDto } from "./schemas";

/**
 * A user's notifications rendered in that user's saved locale (users.locale). Internal: does not
 * authorize (the account export calls it with the owner's id; readers use listNotifications).
 */
export async function loadNotificationsOf(
  userId: number,
  options: { newestFirst?: boolean; limit?: number } = {},
): Promise<NotificationDto[]> {
  const dir = options.newestFirst ? desc : asc;
  const query = db
    .select({
      uuid: notifications.uuid,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      messageKey: notifications.messageKey,
      params: notifications.params,
      link: notifications.link,
      priority: notifications.priority,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.userId, userId))
    .orderBy(dir(notifications.createdAt), dir(notifications.id));
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  return rows.map((row) => ({
    id: row.uuid,
    type: row.type,
    ...renderNotification(row, row.locale),
    link: row.link,
    priority: row.priority,
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}

/** The actor's own notifications, newest first (at most 100), in the actor's saved locale. */
export async function listNotifications(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<NotificationDto[]> {
  return loadNotificationsOf(actor.userId, {
    newestFirst: true,
    limit: Math.min(options.limit ?? 50, 100),
  });
}

/** How many of a user's notifications are unread (the bell's number). Internal: no authorisation. */
export async function countUnreadNotificationsOf(userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
