import "server-only";
import { and, asc, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db, preparedOnce, type Db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { preferencesOf } from "./preferences";
import { renderNotification } from "./render";
import {
  listNotificationsQuerySchema,
  type ListNotificationsQuery,
  type NotificationDto,
  type NotificationPreferences,
} from "./schemas";

/** The notifications matching `where`, rendered in their owner's saved locale (users.locale). */
function selectRendered(where: SQL | undefined) {
  return db
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
    .where(where)
    .$dynamic();
}

type RenderedRow = Awaited<ReturnType<typeof selectRendered>>[number];

function toNotificationDto(row: RenderedRow): NotificationDto {
  return {
    id: row.uuid,
    type: row.type,
    ...renderNotification(row, row.locale),
    link: row.link,
    priority: row.priority,
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * A user's notifications rendered in that user's saved locale (users.locale). Internal: does not
 * authorize (the account export calls it with the owner's id; readers use listNotifications).
 */
export async function loadNotificationsOf(
  userId: number,
  options: { newestFirst?: boolean; limit?: number } = {},
): Promise<NotificationDto[]> {
  const dir = options.newestFirst ? desc : asc;
  const query = selectRendered(eq(notifications.userId, userId)).orderBy(
    dir(notifications.createdAt),
    dir(notifications.id),
  );
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  return rows.map(toNotificationDto);
}

/** The actor's latest notifications, newest first (at most 100), in the actor's saved locale. */
export async function listNotifications(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<NotificationDto[]> {
  return loadNotificationsOf(actor.userId, {
    newestFirst: true,
    limit: Math.min(options.limit ?? 50, 100),
  });
}

/** One page of the actor's inbox, newest first; `unread` keeps only what is still unread. */
export async function listNotificationsPage(
  actor: Actor,
  input: ListNotificationsQuery = {},
): Promise<Page<NotificationDto>> {
  const query = parseInput(listNotificationsQuerySchema, input);
  const where = and(
    eq(notifications.userId, actor.userId),
    query.unread ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectRendered(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return {
    data: rows.map(toNotificationDto),
    meta: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 },
  };
}

/** Built once per connection: the header's bell runs it on every signed-in page view. */
const unreadStatement = (on: Db) =>
  on
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt)))
    .prepare("notifications_unread");

/** How many of a user's notifications are unread (the bell's number). Internal: no authorisation. */
export async function countUnreadNotificationsOf(userId: number): Promise<number> {
  const [row] = await preparedOnce("notifications:unread", unreadStatement).execute({ userId });
  return row?.n ?? 0;
}

/** How many of the actor's notifications are unread. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return countUnreadNotificationsOf(actor.userId);
}

/**
 * The preferences of `who` ("me" or my own id), with the defaults where I never saved any.
 * Nobody reads another person's, admins included: theirs is 404.
 */
export async function getNotificationPreferences(
  actor: Actor,
  who = "me",
): Promise<NotificationPreferences> {
  assertSelf(actor, who);
  return preferencesOf(actor.userId);
}

/** `who` of /users/:id/... must be the actor; anyone else's preferences are not found. */
export function assertSelf(actor: Actor, who: string): void {
  if (who !== "me" && who !== actor.userUuid) {
    throw new AppError("not_found", "No such user.");
  }
}

/** Where my SMS would go: my mobile number, and whether it is verified (only then is it used). */
export async function getSmsReach(
  actor: Actor,
): Promise<{ phone: string | null; verified: boolean }> {
  const [row] = await db
    .select({ phone: users.phone, verifiedAt: users.phoneVerifiedAt })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  return { phone: row?.phone ?? null, verified: Boolean(row?.phone && row.verifiedAt) };
}
