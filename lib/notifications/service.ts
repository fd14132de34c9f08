import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { preferenceColumns, preferencesOf } from "./preferences";
import { assertSelf } from "./queries";
import {
  updateNotificationPreferencesSchema,
  type NotificationPreferences,
  type UpdateNotificationPreferencesInput,
} from "./schemas";

const notificationNotFound = () => new AppError("not_found", "No such notification.");

/** Counts one inbox or preferences write against the user's allowance, before the work. */
async function countWrite(actor: Actor): Promise<void> {
  await enforceRateLimit("notification_write", String(actor.userId));
}

/**
 * Marks one of my notifications read (someone else's is 404) and returns its link. Reading it
 * again keeps the first reading's time.
 */
export async function markNotificationRead(
  actor: Actor,
  id: string,
): Promise<{ link: string | null; readAt: string }> {
  await countWrite(actor);
  if (!isUuid(id)) throw notificationNotFound();
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.uuid, id), eq(notifications.userId, actor.userId)))
    .returning({ link: notifications.link, readAt: notifications.readAt });
  if (!row) throw notificationNotFound();
  return { link: row.link, readAt: new Date(row.readAt!).toISOString() };
}

/** Marks every unread notification of mine read, in one statement; returns how many it marked. */
export async function markAllNotificationsRead(actor: Actor): Promise<{ marked: number }> {
  await countWrite(actor);
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}

/**
 * Changes some of my preferences (`who`: "me" or my own id; anyone else's is 404) (the rest stay as they were, or at their defaults). One upsert,
 * so two first saves racing each other cannot both insert.
 */
export async function updateNotificationPreferences(
  actor: Actor,
  input: UpdateNotificationPreferencesInput,
  who = "me",
): Promise<NotificationPreferences> {
  assertSelf(actor, who);
  await countWrite(actor);
  const changes = parseInput(updateNotificationPreferencesSchema, input);
  if (Object.keys(changes).length === 0) return preferencesOf(actor.userId);
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId: actor.userId, ...changes })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { ...changes, updatedAt: new Date() },
    })
    .returning(preferenceColumns);
  return row!;
}
